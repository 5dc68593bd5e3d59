//! Step 3: types of personal data, special categories, categories of data subjects.

use yew::prelude::*;

use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{Checklist, SectionBox, StringList, TextField, Toggle};

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
                <Toggle id={FieldPath::Fixed(Field::SpecialCategories).element_id()}
                    label="Besondere Kategorien personenbezogener Daten (Art. 9 und 10 DSGVO) werden verarbeitet"
                    checked={details.special_categories}
                    hint="z. B. Gesundheitsdaten, Religionszugehörigkeit, Gewerkschaftszugehörigkeit, biometrische Daten, Daten über Straftaten. Verlangt besonders starke Schutzmaßnahmen, vor allem Verschlüsselung."
                    on_change={editor.setter(|c, v: bool| c.customer.processing.special_categories = v)} />
                if details.special_categories {
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
