//! Step 3: types of personal data, special categories, categories of data subjects.

use yew::prelude::*;

use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{Checklist, Choice, ChoiceOption, SectionBox, StringList, TextField};

/// Step 3.
#[function_component(DataAndSubjects)]
pub fn data_and_subjects() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let details = &editor.config.customer.processing;
    let catalogues = editor.catalogues();
    html! {
        <>
            <SectionBox section={Section::Datenarten}>
                <Checklist path={FieldPath::Fixed(Field::DataTypes)} legend="Welche Arten personenbezogener Daten verarbeitet der Auftragnehmer?"
                    entries={catalogues.data_types.entry.clone()} selected={details.data_types.clone()}
                    on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.data_types = v)} />
                <StringList path={FieldPath::Fixed(Field::CustomDataTypes)} legend="Weitere Datenarten in eigenen Worten"
                    items={details.custom_data_types.clone()} add_label="Datenart hinzufügen"
                    on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.custom_data_types = v)} />
            </SectionBox>
            <SectionBox section={Section::BesondereKategorien}>
                <Choice id={FieldPath::Fixed(Field::SpecialCategories).element_id()}
                    legend="Werden besondere Kategorien personenbezogener Daten (Art. 9 und 10 DSGVO) verarbeitet?"
                    hint="Besondere Kategorien sind Gesundheitsdaten, Angaben zu Religion oder Weltanschauung (auch das Kirchensteuermerkmal in der Lohnabrechnung), Gewerkschaftszugehörigkeit, ethnische Herkunft, politische Meinungen, genetische und biometrische Daten, Sexualleben und sexuelle Orientierung sowie Daten über Straftaten. Sie verlangen besondere Schutzmaßnahmen (§ 22 Abs. 2 BDSG)."
                    disabled={editor.locked(&FieldPath::Fixed(Field::SpecialCategories))}
                    options={vec![
                        ChoiceOption { key: "ja".into(), label: "Ja".into(), help: "Die Anlage nennt die Daten; die Maßnahmen nach § 22 Abs. 2 BDSG werden Pflicht.".into() },
                        ChoiceOption { key: "nein".into(), label: "Nein".into(), help: "Der Vertrag schließt solche Daten aus; sollen sie später verarbeitet werden, ist er zu ergänzen.".into() },
                    ]}
                    selected={match details.special_categories { Some(true) => "ja", Some(false) => "nein", None => "" }}
                    on_select={editor.setter(|c, v: AttrValue| c.customer.processing.special_categories = Some(v == "ja"))} />
                if details.special_categories == Some(true) {
                    <TextField path={FieldPath::Fixed(Field::SpecialCategoriesDetail)} label="Welche besonderen Kategorien?" required=true
                        value={details.special_categories_detail.clone()}
                        on_change={editor.setter(|c, v: String| c.customer.processing.special_categories_detail = v)} />
                }
            </SectionBox>
            <SectionBox section={Section::Betroffene}>
                <Checklist path={FieldPath::Fixed(Field::DataSubjects)} legend="Wessen Daten werden verarbeitet (Kategorien betroffener Personen)?"
                    entries={catalogues.data_subjects.entry.clone()} selected={details.data_subjects.clone()}
                    on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.data_subjects = v)} />
                <StringList path={FieldPath::Fixed(Field::CustomDataSubjects)} legend="Weitere Personengruppen in eigenen Worten"
                    items={details.custom_data_subjects.clone()} add_label="Personengruppe hinzufügen"
                    on_change={editor.setter(|c, v: Vec<String>| c.customer.processing.custom_data_subjects = v)} />
            </SectionBox>
        </>
    }
}
