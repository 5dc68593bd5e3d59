//! Step 6: instructions, support, breaches, audits, deletion and the final provisions.

use yew::prelude::*;

use super::processing::DateField;
use crate::engine::config::*;
use crate::ui::editor::Editor;
use crate::ui::widgets::{Choice, ChoiceOption, NumberField, TextField, Toggle};

fn cost_options(free: &'static str, paid: &'static str) -> Vec<ChoiceOption> {
    vec![
        ChoiceOption {
            key: "free",
            label: "Ohne gesonderte Vergütung",
            help: free,
        },
        ChoiceOption {
            key: "reimbursed",
            label: "Gegen Erstattung des nachgewiesenen Aufwands",
            help: paid,
        },
    ]
}

fn cost_key(cost: Cost) -> &'static str {
    if cost == Cost::Free {
        "free"
    } else {
        "reimbursed"
    }
}

fn cost_of(key: &str) -> Cost {
    if key == "free" {
        Cost::Free
    } else {
        Cost::Reimbursed
    }
}

/// Step 6.
#[function_component(Rules)]
pub fn rules() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let choices = &editor.config.customer.choices;

    let instructions = html! {
        <fieldset data-clause="weisungen"><legend>{ "Weisungen" }</legend>
            <Choice path="customer.choices.instruction_form" legend="In welcher Form erteilt der Auftraggeber Weisungen?"
                options={vec![
                    ChoiceOption { key: "text_form", label: "Textform (E-Mail genügt)", help: "Praktisch und üblich; mündliche Weisungen werden in Textform bestätigt." },
                    ChoiceOption { key: "written", label: "Schriftform", help: "Mehr Förmlichkeit und Beweiskraft, aber schwerfälliger. Begünstigt den Auftragnehmer, der nur klare Weisungen ausführen muss." },
                ]}
                selected={if choices.instruction_form == InstructionForm::Written { "written" } else { "text_form" }}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.instruction_form = if k == "written" { InstructionForm::Written } else { InstructionForm::TextForm })} />
            <Choice path="customer.choices.suspension" legend="Hält der Auftragnehmer eine Weisung für rechtswidrig:"
                options={vec![
                    ChoiceOption { key: "until_confirmed", label: "darf er sie sofort aussetzen, bis der Auftraggeber sie bestätigt oder ändert", help: "Schützt den Auftragnehmer vor rechtswidriger Verarbeitung." },
                    ChoiceOption { key: "after_notice", label: "darf er sie erst nach einer Frist aussetzen", help: "Der Betrieb läuft zunächst weiter. Begünstigt den Auftraggeber." },
                ]}
                selected={if matches!(choices.suspension, Suspension::AfterNotice { .. }) { "after_notice" } else { "until_confirmed" }}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.suspension = if k == "after_notice" { Suspension::AfterNotice { days: SuspensionDays::DEFAULT } } else { Suspension::UntilConfirmed })} />
            if let Suspension::AfterNotice { days } = choices.suspension {
                <NumberField path="customer.choices.suspension.days" label={SuspensionDays::LABEL} unit="Tage" value={days.get()}
                    min={SuspensionDays::MIN} max={SuspensionDays::MAX}
                    on_change={editor.setter(|c, v: u32| if let Ok(d) = SuspensionDays::new(v.into()) { c.customer.choices.suspension = Suspension::AfterNotice { days: d }; })} />
            }
        </fieldset>
    };

    let support = html! {
        <fieldset data-clause="betroffenenrechte"><legend>{ "Unterstützung" }</legend>
            <NumberField path="customer.choices.data_subject_days" label={DataSubjectDays::LABEL} unit="Arbeitstage"
                value={choices.data_subject_days.get()} min={DataSubjectDays::MIN} max={DataSubjectDays::MAX}
                hint="Der Auftraggeber muss Betroffenen binnen eines Monats antworten; eine kurze Frist begünstigt ihn."
                on_change={editor.setter(|c, v: u32| if let Ok(d) = DataSubjectDays::new(v.into()) { c.customer.choices.data_subject_days = d; })} />
            <Choice path="customer.choices.data_subject_support" legend="Unterstützung bei Anträgen betroffener Personen"
                options={cost_options("Begünstigt den Auftraggeber.", "Der Auftraggeber erstattet den Aufwand, außer der Auftragnehmer hat den Antrag durch einen Verstoß verursacht. Begünstigt den Anbieter.")}
                selected={cost_key(choices.data_subject_support)}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.data_subject_support = cost_of(k))} />
            <Choice path="customer.choices.compliance_support" legend="Unterstützung bei Sicherheit, Datenpannen und Datenschutz-Folgenabschätzung (Art. 32 bis 36)"
                options={cost_options("Begünstigt den Auftraggeber.", "Aufwand über die eigenen Pflichten des Auftragnehmers hinaus wird erstattet. Begünstigt den Anbieter.")}
                selected={cost_key(choices.compliance_support)}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.compliance_support = cost_of(k))} />
            <Toggle path="customer.choices.record_of_processing" label="Der Auftragnehmer führt ein Verzeichnis der Verarbeitungstätigkeiten (Art. 30 Abs. 2)"
                checked={choices.record_of_processing} hint="Gesetzliche Pflicht des Auftragsverarbeiters; die Klausel macht sie vertraglich prüfbar."
                on_change={editor.setter(|c, v: bool| c.customer.choices.record_of_processing = v)} />
        </fieldset>
    };

    let breach = html! {
        <fieldset data-clause="datenpannen"><legend>{ "Datenpannen" }</legend>
            <Choice path="customer.choices.breach_notice" legend="Wie schnell meldet der Auftragnehmer eine Datenpanne?"
                options={vec![
                    ChoiceOption { key: "deadline", label: "Unverzüglich, spätestens binnen fester Fristen", help: "Gibt dem Auftraggeber Zeit für seine eigene Meldung binnen 72 Stunden. Begünstigt den Auftraggeber." },
                    ChoiceOption { key: "without_undue_delay", label: "Unverzüglich, ohne feste Frist", help: "Gesetzlicher Mindeststandard (Art. 33 Abs. 2). Begünstigt den Anbieter." },
                ]}
                selected={if choices.breach_notice == BreachNotice::WithoutUndueDelay { "without_undue_delay" } else { "deadline" }}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.breach_notice = if k == "deadline" { BreachNotice::Deadline { hours: BreachHours::DEFAULT, report_days: ReportDays::DEFAULT } } else { BreachNotice::WithoutUndueDelay })} />
            if let BreachNotice::Deadline { hours, report_days } = choices.breach_notice {
                <NumberField path="customer.choices.breach_notice.hours" label={BreachHours::LABEL} unit="Stunden" value={hours.get()}
                    min={BreachHours::MIN} max={BreachHours::MAX}
                    on_change={editor.setter(|c, v: u32| if let (Ok(h), BreachNotice::Deadline { hours, .. }) = (BreachHours::new(v.into()), &mut c.customer.choices.breach_notice) { *hours = h; })} />
                <NumberField path="customer.choices.breach_notice.report_days" label={ReportDays::LABEL} unit="Tage" value={report_days.get()}
                    min={ReportDays::MIN} max={ReportDays::MAX}
                    on_change={editor.setter(|c, v: u32| if let (Ok(d), BreachNotice::Deadline { report_days, .. }) = (ReportDays::new(v.into()), &mut c.customer.choices.breach_notice) { *report_days = d; })} />
            }
        </fieldset>
    };

    let terms = &editor.catalogues.0.terms;
    let evidence = Evidence::ALL.into_iter().map(|e| {
        // The same words as in the agreement (clauses/kataloge/begriffe.toml).
        let label = terms.evidence(e).to_owned();
        html! {
            <Toggle path={format!("customer.choices.evidence.{}", crate::engine::catalogue::key_of(&e))} {label}
                checked={choices.evidence.contains(&e)}
                on_change={editor.setter(move |c, on: bool| {
                    let list = &mut c.customer.choices.evidence;
                    list.retain(|x| *x != e);
                    if on { list.push(e); list.sort(); }
                })} />
        }
    });
    let audits = html! {
        <fieldset data-clause="kontrollen"><legend>{ "Kontrollen" }</legend>
            <Choice path="customer.choices.audit_notice" legend="Wann darf der Auftraggeber vor Ort kontrollieren?"
                options={vec![
                    ChoiceOption { key: "announced", label: "Nach Ankündigung, zu Geschäftszeiten", help: "Üblich; der Betrieb des Anbieters wird planbar gestört." },
                    ChoiceOption { key: "any_time", label: "Jederzeit, bei Anlass auch unangemeldet", help: "Stärkstes Kontrollrecht. Begünstigt den Auftraggeber." },
                ]}
                selected={if choices.audit_notice == AuditNotice::AnyTime { "any_time" } else { "announced" }}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.audit_notice = if k == "any_time" { AuditNotice::AnyTime } else { AuditNotice::Announced { days: AuditNoticeDays::DEFAULT } })} />
            if let AuditNotice::Announced { days } = choices.audit_notice {
                <NumberField path="customer.choices.audit_notice.days" label={AuditNoticeDays::LABEL} unit="Tage" value={days.get()}
                    min={AuditNoticeDays::MIN} max={AuditNoticeDays::MAX}
                    on_change={editor.setter(|c, v: u32| if let Ok(d) = AuditNoticeDays::new(v.into()) { c.customer.choices.audit_notice = AuditNotice::Announced { days: d }; })} />
            }
            <Choice path="customer.choices.audit_costs" legend="Kosten der Kontrollen"
                options={cost_options("Begünstigt den Auftraggeber.", "Der Auftraggeber erstattet den Aufwand, außer die Kontrolle deckt einen Verstoß auf. Begünstigt den Anbieter.")}
                selected={cost_key(choices.audit_costs)}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.audit_costs = cost_of(k))} />
            <fieldset id="customer-choices-evidence"><legend>{ "Nachweise, die der Auftragnehmer anbieten kann" }</legend>
                <p class="help">{ "Reichen die Nachweise aus, treten sie an die Stelle einer Kontrolle vor Ort. Begünstigt den Anbieter." }</p>
                { for evidence }
            </fieldset>
        </fieldset>
    };

    let end = html! {
        <fieldset data-clause="loeschung-rueckgabe"><legend>{ "Vertragsende und Schlussbestimmungen" }</legend>
            <Toggle path="customer.choices.deletion_notice" label="Löschung am Vertragsende vorher ankündigen" checked={choices.deletion_notice.is_some()}
                hint="Der Auftraggeber kann dann noch die Rückgabe verlangen. Begünstigt den Auftraggeber."
                on_change={editor.setter(|c, on: bool| c.customer.choices.deletion_notice = on.then_some(DeletionNoticeDays::DEFAULT))} />
            if let Some(days) = choices.deletion_notice {
                <NumberField path="customer.choices.deletion_notice.days" label={DeletionNoticeDays::LABEL} unit="Arbeitstage" value={days.get()}
                    min={DeletionNoticeDays::MIN} max={DeletionNoticeDays::MAX}
                    on_change={editor.setter(|c, v: u32| if let Ok(d) = DeletionNoticeDays::new(v.into()) { c.customer.choices.deletion_notice = Some(d); })} />
            }
            <Toggle path="customer.choices.third_party_disclosure" label="Auskünfte an Dritte nur nach vorheriger Information des Auftraggebers"
                checked={choices.third_party_disclosure} hint="Begünstigt den Auftraggeber."
                on_change={editor.setter(|c, v: bool| c.customer.choices.third_party_disclosure = v)} />
            <Toggle path="customer.choices.indemnity" label="Freistellung des Auftraggebers durch den Auftragnehmer"
                checked={choices.indemnity} hint="Der Auftragnehmer stellt den Auftraggeber von Ansprüchen Dritter frei, die er schuldhaft verursacht hat. Begünstigt den Auftraggeber."
                on_change={editor.setter(|c, v: bool| c.customer.choices.indemnity = v)} />
            <Toggle path="customer.choices.extraordinary_termination" label="Fristlose Kündigung durch den Auftraggeber bei schweren Verstößen"
                checked={choices.extraordinary_termination} hint="Begünstigt den Auftraggeber."
                on_change={editor.setter(|c, v: bool| c.customer.choices.extraordinary_termination = v)} />
            <Toggle path="customer.choices.docking_clause" label="Beitritt weiterer Parteien (Beitrittsklausel)"
                checked={choices.docking_clause} hint="Etwa Konzerngesellschaften des Auftraggebers können später beitreten. Praktisch für beide Seiten."
                on_change={editor.setter(|c, v: bool| c.customer.choices.docking_clause = v)} />
            <Toggle path="customer.choices.jurisdiction.german_law" label="Deutsches Recht vereinbaren"
                checked={choices.jurisdiction.german_law}
                on_change={editor.setter(|c, v: bool| c.customer.choices.jurisdiction.german_law = v)} />
            <TextField path="customer.choices.jurisdiction.court" label="Gerichtsstand (optional)" value={choices.jurisdiction.court.clone()}
                hint="Ort, z. B. „Köln“; nur unter Kaufleuten wirksam."
                on_change={editor.setter(|c, v: String| c.customer.choices.jurisdiction.court = v)} />
            <DateField path="customer.choices.effective_date" label="Inkrafttreten (optional, sonst mit Unterzeichnung)"
                value={choices.effective_date}
                on_change={editor.setter(|c, v: Option<Date>| c.customer.choices.effective_date = v)} />
            <TextField path="processor.document_version" label="Version des Dokuments (optional)" value={editor.config.processor.document_version.clone()}
                hint="z. B. „2.1 (Stand: Oktober 2026)“"
                on_change={editor.setter(|c, v: String| c.processor.document_version = v)} />
            <Toggle path="customer.choices.electronic_conclusion" label="Elektronischer Vertragsschluss"
                checked={choices.electronic_conclusion} hint="Der Vertrag wird online geschlossen und gilt ohne handschriftliche Unterschrift (Art. 28 Abs. 9 DSGVO)."
                on_change={editor.setter(|c, v: bool| c.customer.choices.electronic_conclusion = v)} />
        </fieldset>
    };

    html! { <>{ instructions }{ support }{ breach }{ audits }{ end }</> }
}
