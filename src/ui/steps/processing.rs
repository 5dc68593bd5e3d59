//! Step 2: subject matter, duration, nature and purpose, services, the processor's DPO.

use yew::prelude::*;

use crate::engine::config::*;
use crate::ui::editor::Editor;
use crate::ui::widgets::{Choice, ChoiceOption, NumberField, StringList, TextField, Toggle};

/// A date field: an empty or invalid entry keeps the last good date (or none).
#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// Configuration path.
    pub path: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Current date.
    pub value: Option<Date>,
    /// Called with a valid date, or `None` when cleared.
    pub on_change: Callback<Option<Date>>,
    /// Help.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A calendar date.
#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let set = Callback::from(move |text: String| {
        if text.trim().is_empty() {
            on_change.emit(None);
        } else if let Ok(date) = Date::parse_iso(text.trim()) {
            on_change.emit(Some(date));
        }
    });
    html! {
        <TextField path={props.path.clone()} label={props.label.clone()} kind="date"
            value={props.value.map(Date::iso).unwrap_or_default()} on_change={set} hint={props.hint.clone()} />
    }
}

/// Step 2.
#[function_component(Processing)]
pub fn processing() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
    let choices = &config.customer.choices;
    let details = &config.customer.processing;

    let subject = html! {
        <div data-clause="gegenstand-dauer">
            <Choice path="customer.choices.subject_basis" legend="Wie wird der Gegenstand des Auftrags beschrieben?"
                options={vec![
                    ChoiceOption { key: "main_contract", label: "Durch Verweis auf den Hauptvertrag", help: "Üblich, wenn es einen Leistungsvertrag gibt; der AVV bleibt kurz. Neutral." },
                    ChoiceOption { key: "task_list", label: "Als Liste der Aufgaben", help: "Der AVV zählt die Tätigkeiten selbst auf; klarer für den Auftraggeber, aber bei Änderungen anzupassen." },
                ]}
                selected={if choices.subject_basis == SubjectBasis::MainContract { "main_contract" } else { "task_list" }}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.subject_basis = if k == "task_list" { SubjectBasis::TaskList } else { SubjectBasis::MainContract })} />
            <TextField path="customer.processing.main_contract.title" label="Bezeichnung des Hauptvertrags"
                value={details.main_contract.title.clone()} required={choices.subject_basis == SubjectBasis::MainContract}
                hint="z. B. „Nutzungsvertrag Buchhaltung Online“ – ohne vorangestelltes „Vertrag“"
                on_change={editor.setter(|c, v: String| c.customer.processing.main_contract.title = v)} />
            <DateField path="customer.processing.main_contract.date" label="Datum des Hauptvertrags (optional)"
                value={details.main_contract.date}
                on_change={editor.setter(|c, v: Option<Date>| c.customer.processing.main_contract.date = v)} />
            if choices.subject_basis == SubjectBasis::TaskList {
                <StringList path="customer.processing.tasks" legend="Aufgaben des Auftragnehmers" items={details.tasks.clone()}
                    add_label="Aufgabe hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.tasks = v)} />
            }
        </div>
    };

    let duration_key = match choices.duration {
        Duration::MainContract => "main_contract",
        Duration::OneOff => "one_off",
        Duration::FixedTerm { .. } => "fixed_term",
        Duration::Indefinite { .. } => "indefinite",
    };
    let duration = html! {
        <div data-clause="gegenstand-dauer">
            <Choice path="customer.choices.duration" legend="Laufzeit"
                options={vec![
                    ChoiceOption { key: "main_contract", label: "Wie der Hauptvertrag", help: "Endet automatisch mit dem Hauptvertrag. Üblich und neutral." },
                    ChoiceOption { key: "one_off", label: "Einmaliger Auftrag", help: "Endet, wenn die beauftragte Leistung erbracht ist." },
                    ChoiceOption { key: "fixed_term", label: "Befristet bis zu einem Datum", help: "Endet am gewählten Tag, unabhängig vom Hauptvertrag." },
                    ChoiceOption { key: "indefinite", label: "Unbefristet mit Kündigungsfrist", help: "Läuft, bis eine Partei kündigt; eine kurze Frist begünstigt die Partei, die sich lösen will." },
                ]}
                selected={duration_key}
                on_select={editor.setter(|c, k: &'static str| c.customer.choices.duration = match k {
                    "one_off" => Duration::OneOff,
                    "fixed_term" => Duration::FixedTerm { until: Date::new(2030, 12, 31).expect("valid date") },
                    "indefinite" => Duration::Indefinite { notice_weeks: NoticeWeeks::DEFAULT },
                    _ => Duration::MainContract,
                })} />
            if let Duration::FixedTerm { until } = choices.duration {
                <DateField path="customer.choices.duration.until" label="Befristet bis" value={Some(until)}
                    on_change={editor.setter(|c, v: Option<Date>| if let (Some(d), Duration::FixedTerm { until }) = (v, &mut c.customer.choices.duration) { *until = d; })} />
            }
            if let Duration::Indefinite { notice_weeks } = choices.duration {
                <NumberField path="customer.choices.duration.notice_weeks" label={NoticeWeeks::LABEL} unit="Wochen"
                    value={notice_weeks.get()} min={NoticeWeeks::MIN} max={NoticeWeeks::MAX}
                    on_change={editor.setter(|c, v: u32| if let (Ok(w), Duration::Indefinite { notice_weeks }) = (NoticeWeeks::new(v.into()), &mut c.customer.choices.duration) { *notice_weeks = w; })} />
            }
        </div>
    };

    let purpose = html! {
        <div data-clause="art-zweck-daten">
            <TextField path="customer.processing.nature_and_purpose" label="Art und Zweck der Verarbeitung" multiline=true required=true
                value={details.nature_and_purpose.clone()}
                hint="Was tut der Auftragnehmer mit den Daten und wozu? z. B. „Speicherung und Auswertung von Bewerbungen zur Besetzung offener Stellen“"
                on_change={editor.setter(|c, v: String| c.customer.processing.nature_and_purpose = v)} />
            <StringList path="customer.processing.purposes" legend="Zwecke als Liste (optional)" items={details.purposes.clone()}
                add_label="Zweck hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.purposes = v)} />
        </div>
    };

    let services = html! {
        <div data-clause="praeambel">
            <StringList path="processor.services" legend="Produkte und Leistungen des Auftragnehmers" items={config.processor.services.clone()}
                add_label="Leistung hinzufügen" hint="Erscheinen in der Präambel und in Anlage 1."
                on_change={editor.setter(|c, v: Vec<String>| c.processor.services = v)} />
            <Toggle path="customer.choices.remote_maintenance" label="Auch Wartung und Prüfung aus der Ferne erfassen"
                checked={choices.remote_maintenance}
                hint="Sinnvoll, wenn der Auftragnehmer Systeme des Auftraggebers wartet und dabei Daten sehen kann. Schützt den Auftraggeber."
                on_change={editor.setter(|c, v: bool| c.customer.choices.remote_maintenance = v)} />
        </div>
    };

    let (dpo_key, dpo_person, dpo_company) = match &config.processor.dpo {
        DpoArrangement::Named { person, company } => {
            ("named", Some(person.clone()), company.clone())
        }
        DpoArrangement::ContactPerson { person } => {
            ("contact_person", Some(person.clone()), String::new())
        }
        DpoArrangement::AppointedIfRequired => ("appointed_if_required", None, String::new()),
    };
    fn person_slot(c: &mut DpaConfig) -> Option<&mut Person> {
        match &mut c.processor.dpo {
            DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => {
                Some(person)
            }
            DpoArrangement::AppointedIfRequired => None,
        }
    }
    let dpo = html! {
        <div data-clause="datenschutzbeauftragter">
            <Choice path="processor.dpo" legend="Datenschutzbeauftragter des Auftragnehmers"
                options={vec![
                    ChoiceOption { key: "named", label: "Benannt", help: "Name und Kontakt stehen im Vertrag. Am transparentesten für den Auftraggeber." },
                    ChoiceOption { key: "appointed_if_required", label: "Bestellung, soweit gesetzlich vorgeschrieben", help: "Der Auftragnehmer teilt die Kontaktdaten später mit. Flexibel für den Anbieter." },
                    ChoiceOption { key: "contact_person", label: "Kein Beauftragter erforderlich, Ansprechperson", help: "Für kleine Anbieter ohne Pflicht zur Bestellung." },
                ]}
                selected={dpo_key}
                on_select={editor.setter(|c, k: &'static str| {
                    let person = match &c.processor.dpo {
                        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => person.clone(),
                        DpoArrangement::AppointedIfRequired => Person::default(),
                    };
                    c.processor.dpo = match k {
                        "named" => DpoArrangement::Named { person, company: String::new() },
                        "contact_person" => DpoArrangement::ContactPerson { person },
                        _ => DpoArrangement::AppointedIfRequired,
                    };
                })} />
            if let Some(person) = dpo_person {
                <TextField path="processor.dpo.person.name" label="Name" required=true value={person.name.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.name = v; })} />
                <TextField path="processor.dpo.person.email" label="E-Mail" kind="email" value={person.email.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.email = v; })} />
                <TextField path="processor.dpo.person.phone" label="Telefon" kind="tel" value={person.phone.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.phone = v; })} />
                if dpo_key == "named" {
                    <TextField path="processor.dpo.company" label="Unternehmen (bei externem Beauftragten)" value={dpo_company}
                        on_change={editor.setter(|c, v: String| if let DpoArrangement::Named { company, .. } = &mut c.processor.dpo { *company = v; })} />
                }
            }
        </div>
    };

    html! {
        <>
            <fieldset><legend>{ "Gegenstand des Auftrags" }</legend>{ subject }</fieldset>
            <fieldset><legend>{ "Dauer" }</legend>{ duration }</fieldset>
            <fieldset><legend>{ "Art und Zweck" }</legend>{ purpose }</fieldset>
            <fieldset><legend>{ "Leistungen" }</legend>{ services }</fieldset>
            <fieldset><legend>{ "Datenschutzbeauftragter" }</legend>{ dpo }</fieldset>
        </>
    }
}
