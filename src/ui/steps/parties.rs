//! Step 1: preset, terminology and both parties.

use yew::prelude::*;

use crate::engine::config::{DpaConfig, Party, Side};
use crate::engine::field::{Field, FieldPath, Section};
use crate::ui::editor::Editor;
use crate::ui::state::{Action, Situation};
use crate::ui::widgets::{Choice, ChoiceOption, SectionBox, TextField};

/// Properties of [`PartyFields`].
#[derive(Properties, PartialEq)]
pub struct PartyFieldsProps {
    /// Which party.
    pub side: Side,
}

/// The party of `side` in the configuration.
fn party_of(c: &mut DpaConfig, side: Side) -> &mut Party {
    match side {
        Side::Controller => &mut c.customer.controller,
        Side::Processor => &mut c.processor.company,
    }
}

/// Name, address, register and representative of one party.
#[function_component(PartyFields)]
pub fn party_fields(props: &PartyFieldsProps) -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let side = props.side;
    let (section, fields) = match side {
        Side::Controller => (
            Section::Auftraggeber,
            [
                Field::ControllerName,
                Field::ControllerStreet,
                Field::ControllerPostalCode,
                Field::ControllerCity,
                Field::ControllerCountry,
                Field::ControllerRegister,
                Field::ControllerRepresentative,
                Field::ControllerSeat,
            ],
        ),
        Side::Processor => (
            Section::Auftragnehmer,
            [
                Field::ProcessorName,
                Field::ProcessorStreet,
                Field::ProcessorPostalCode,
                Field::ProcessorCity,
                Field::ProcessorCountry,
                Field::ProcessorRegister,
                Field::ProcessorRepresentative,
                Field::ProcessorSeat,
            ],
        ),
    };
    let p = match side {
        Side::Controller => &editor.config.customer.controller,
        Side::Processor => &editor.config.processor.company,
    };
    let field = |field: Field,
                 label: &'static str,
                 value: &str,
                 required: bool,
                 set: fn(&mut Party, String),
                 hint: Option<&'static str>| {
        let on_change = editor.setter(move |c, v: String| set(party_of(c, side), v));
        html! {
            <TextField path={FieldPath::Fixed(field)} label={label} value={value.to_owned()}
                {on_change} {required} hint={hint.map(AttrValue::Static)} />
        }
    };
    html! {
        <SectionBox {section}>
            { field(fields[0], "Firma mit Rechtsform", &p.name, true, |p, v| p.name = v, None) }
            { field(fields[1], "Straße und Hausnummer", &p.street, true, |p, v| p.street = v, None) }
            <div class="row">
                { field(fields[2], "Postleitzahl", &p.postal_code, true, |p, v| p.postal_code = v, None) }
                { field(fields[3], "Ort", &p.city, true, |p, v| p.city = v, None) }
            </div>
            { field(fields[4], "Land", &p.country, true, |p, v| p.country = v, None) }
            { field(fields[5], "Registergericht und Nummer", &p.register, false, |p, v| p.register = v, Some("z. B. Amtsgericht Köln, HRB 12345; leer lassen, wenn nicht eingetragen")) }
            { field(fields[6], "Vertreten durch", &p.representative, false, |p, v| p.representative = v, Some("z. B. „vertreten durch die Geschäftsführerin Anna Beispiel“")) }
            { field(fields[7], "Sitz (optional)", &p.seat, false, |p, v| p.seat = v, Some("nur, wenn der Sitz der Gesellschaft von der Anschrift abweicht")) }
        </SectionBox>
    }
}

/// Step 1.
#[function_component(Parties)]
pub fn parties() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let options = editor.options();
    let presets = options
        .presets()
        .iter()
        .map(|p| ChoiceOption {
            key: p.id.clone().into(),
            label: p.label.clone().into(),
            help: p.help.clone().into(),
        })
        .collect::<Vec<_>>();
    let current = options
        .matching_preset(&editor.config.customer.choices)
        .map_or_else(String::new, |i| options.presets()[i].id.clone());
    let on_preset = {
        let editor = editor.clone();
        Callback::from(move |key: AttrValue| {
            if let Some(preset) = editor.options().preset_index(&key) {
                editor.send(Action::ApplyPreset(preset));
            }
        })
    };
    // The first question of the generic build: who fills in what. A vendor build knows it.
    let situation = editor.profile.is_none().then(|| {
        let options = Situation::ALL
            .iter()
            .map(|s| ChoiceOption {
                key: s.key().into(),
                label: s.label().into(),
                help: s.help().into(),
            })
            .collect::<Vec<_>>();
        let on_select = {
            let editor = editor.clone();
            Callback::from(move |key: AttrValue| {
                if let Some(situation) = Situation::from_key(&key) {
                    editor.send(Action::SetSituation(situation));
                }
            })
        };
        html! {
            <Choice id="situation" legend="Wer füllt diesen Vertrag aus?" options={options}
                selected={AttrValue::from(editor.situation.map_or("", Situation::key))} {on_select}
                hint="Danach richtet sich, was gefragt wird: Was nur die andere Seite weiß, wird nicht erfragt oder aus ihren Unterlagen übernommen. Sie können die Antwort jederzeit ändern." />
        }
    });
    let customer_note = (editor.situation == Some(Situation::Vendor)).then(|| html! {
        <p class="help situation-note">{ "Die Angaben zum Auftraggeber macht Ihr Kunde. Für einen Standardvertrag können Sie sie offen lassen: Der Vertrag zeigt dann Lücken, die bei Abschluss gefüllt werden, und ist bis dahin als Entwurf gekennzeichnet." }</p>
    });
    let vendor_note = (editor.situation == Some(Situation::Customer)).then(|| html! {
        <p class="help situation-note">{ "Die Angaben zum Anbieter stehen in seinem Impressum und in seinen Vertragsunterlagen." }</p>
    });
    html! {
        <>
            { situation }
            <Choice id="preset" legend="Ausgangspunkt: Welche Grundeinstellung passt?" options={presets}
                selected={AttrValue::from(current)} on_select={on_preset}
                hint="Die Grundeinstellung füllt die Regelungen vor, in denen sich die Ausgangspunkte unterscheiden; jede einzelne können Sie in den folgenden Schritten ändern. Ihre Angaben zu den Parteien, zur Verarbeitung, der Gerichtsstand, Daten und Antworten zu Ihrer Lage (etwa ein Berufsgeheimnis) bleiben dabei erhalten." />
            <SectionBox section={Section::Bezeichnung} />
            { customer_note }
            <PartyFields side={Side::Controller} />
            { vendor_note }
            <PartyFields side={Side::Processor} />
        </>
    }
}
