//! Step 2: subject matter, duration, nature and purpose, services, the processor's DPO.

use yew::prelude::*;

use crate::engine::config::*;
use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{
    Choice, ChoiceOption, DateField, SectionBox, StartingPointPicker, StringList, TextField, Toggle,
};

/// The processor's data protection officer: a structural choice (the vendor's data).
#[function_component(DpoFields)]
fn dpo_fields() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
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
    let option = |key: &'static str, label: &'static str, help: &'static str| ChoiceOption {
        key: key.into(),
        label: label.into(),
        help: help.into(),
    };
    let path = FieldPath::Fixed(Field::Dpo);
    let representative = config.processor.eu_representative.clone();
    html! {
        <>
            <Choice id={path.element_id()} legend="Datenschutzbeauftragter des Auftragnehmers" disabled={editor.locked(&path)}
                options={vec![
                    option("named", "Benannt", "Name und Kontakt stehen im Vertrag. Am transparentesten für den Auftraggeber."),
                    option("appointed_if_required", "Bestellung, soweit gesetzlich vorgeschrieben", "Der Auftragnehmer teilt die Kontaktdaten später mit. Flexibel für den Anbieter."),
                    option("contact_person", "Kein Beauftragter erforderlich, Ansprechperson", "Für kleine Anbieter ohne Pflicht zur Bestellung."),
                ]}
                selected={dpo_key}
                on_select={editor.setter(|c, k: AttrValue| {
                    let person = match &c.processor.dpo {
                        DpoArrangement::Named { person, .. } | DpoArrangement::ContactPerson { person } => person.clone(),
                        DpoArrangement::AppointedIfRequired => Person::default(),
                    };
                    c.processor.dpo = match k.as_str() {
                        "named" => DpoArrangement::Named { person, company: String::new() },
                        "contact_person" => DpoArrangement::ContactPerson { person },
                        _ => DpoArrangement::AppointedIfRequired,
                    };
                })} />
            if let Some(person) = dpo_person {
                <TextField path={FieldPath::Fixed(Field::DpoName)} label="Name" required=true value={person.name.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.name = v; })} />
                <TextField path={FieldPath::Fixed(Field::DpoEmail)} label="E-Mail" kind="email" value={person.email.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.email = v; })} />
                <TextField path={FieldPath::Fixed(Field::DpoPhone)} label="Telefon" kind="tel" value={person.phone.clone()}
                    on_change={editor.setter(move |c, v: String| if let Some(p) = person_slot(c) { p.phone = v; })} />
                if dpo_key == "named" {
                    <TextField path={FieldPath::Fixed(Field::DpoCompany)} label="Unternehmen (bei externem Beauftragten)" value={dpo_company}
                        on_change={editor.setter(|c, v: String| if let DpoArrangement::Named { company, .. } = &mut c.processor.dpo { *company = v; })} />
                }
            }
            <Toggle id={FieldPath::Fixed(Field::EuRepresentative).element_id()} label="Vertreter in der Union benennen (Art. 27 DSGVO)"
                checked={representative.is_some()} disabled={editor.locked(&FieldPath::Fixed(Field::EuRepresentative))}
                hint="Nur für Anbieter ohne Niederlassung in der EU: Sie benennen eine Person oder Stelle in der Union als Ansprechpartner für Aufsichtsbehörden und Betroffene."
                on_change={editor.setter(|c, on: bool| c.processor.eu_representative = on.then(Representative::default))} />
            if let Some(r) = representative {
                <TextField path={FieldPath::Fixed(Field::EuRepresentativeName)} label="Name des Vertreters" value={r.name.clone()}
                    on_change={editor.setter(|c, v: String| if let Some(r) = &mut c.processor.eu_representative { r.name = v; })} />
                <TextField path={FieldPath::Fixed(Field::EuRepresentativeAddress)} label="Anschrift des Vertreters" value={r.address.clone()}
                    on_change={editor.setter(|c, v: String| if let Some(r) = &mut c.processor.eu_representative { r.address = v; })} />
                <TextField path={FieldPath::Fixed(Field::EuRepresentativeEmail)} label="E-Mail des Vertreters" kind="email" value={r.email.clone()}
                    on_change={editor.setter(|c, v: String| if let Some(r) = &mut c.processor.eu_representative { r.email = v; })} />
            }
        </>
    }
}

/// Step 2.
#[function_component(Processing)]
pub fn processing() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
    let details = &config.customer.processing;
    let by_tasks = editor.chosen("subject_basis", "task_list");
    html! {
        <>
            <SectionBox section={Section::Gegenstand} options_first=true>
                <TextField path={FieldPath::Fixed(Field::MainContractTitle)} label="Bezeichnung des Hauptvertrags"
                    value={details.main_contract.title.clone()} required={!by_tasks}
                    hint="z. B. „Nutzungsvertrag Buchhaltung Online“ – ohne vorangestelltes „Vertrag“"
                    on_change={editor.setter(|c, v: String| c.customer.processing.main_contract.title = v)} />
                <DateField path={FieldPath::Fixed(Field::MainContractDate)} label="Datum des Hauptvertrags (optional)"
                    value={details.main_contract.date}
                    on_change={editor.setter(|c, v: Option<Date>| c.customer.processing.main_contract.date = v)} />
                if by_tasks {
                    <StringList path={FieldPath::Fixed(Field::Tasks)} legend="Aufgaben des Auftragnehmers" items={details.tasks.clone()}
                        add_label="Aufgabe hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.tasks = v)} />
                }
            </SectionBox>
            <SectionBox section={Section::Dauer} />
            <SectionBox section={Section::Zweck}>
                <StartingPointPicker />
                <TextField path={FieldPath::Fixed(Field::NatureAndPurpose)} label="Art und Zweck der Verarbeitung" multiline=true required=true
                    value={details.nature_and_purpose.clone()}
                    hint="Was tut der Auftragnehmer mit den Daten und wozu? z. B. „Speicherung und Auswertung von Bewerbungen zur Besetzung offener Stellen“"
                    on_change={editor.setter(|c, v: String| c.customer.processing.nature_and_purpose = v)} />
                <StringList path={FieldPath::Fixed(Field::Purposes)} legend="Zwecke als Liste (optional)" items={details.purposes.clone()}
                    add_label="Zweck hinzufügen" on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.purposes = v)} />
            </SectionBox>
            <SectionBox section={Section::Leistungen}>
                <StringList path={FieldPath::Fixed(Field::Services)} legend="Produkte und Leistungen des Auftragnehmers" items={config.processor.services.clone()}
                    add_label="Leistung hinzufügen" hint="Erscheinen in der Präambel und in Anlage 1."
                    on_change={editor.setter(|c, v: Vec<String>| c.processor.services = v)} />
            </SectionBox>
            <SectionBox section={Section::Dsb}><DpoFields /></SectionBox>
        </>
    }
}
