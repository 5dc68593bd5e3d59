//! Step 1: preset, terminology and both parties.

use yew::prelude::*;

use crate::engine::config::{DpaConfig, Party, Side, Terminology};
use crate::engine::presets::Preset;
use crate::ui::editor::Editor;
use crate::ui::state::Action;
use crate::ui::widgets::{Choice, ChoiceOption, TextField};

fn preset_help(preset: Preset) -> &'static str {
    match preset {
        Preset::Ausgewogen => {
            "Marktübliche Regelungen, die beide Seiten fair behandeln: Meldung von Datenpannen binnen 48 Stunden, allgemeine Genehmigung von Unterauftragnehmern mit 30 Tagen Einspruchsfrist, angekündigte Kontrollen."
        }
        Preset::Auftraggeberfreundlich => {
            "Stärkt den Auftraggeber: Meldung binnen 24 Stunden, jeder Unterauftragnehmer braucht seine Zustimmung, Kontrollen jederzeit und kostenfrei, Freistellung durch den Auftragnehmer."
        }
        Preset::Anbieterfreundlich => {
            "Entlastet den Anbieter: Meldung ohne feste Frist, 14 Tage Einspruchsfrist, Unterstützung gegen Kostenerstattung, Beitrittsklausel. Rechtlich zulässig, aber schwächer für den Auftraggeber."
        }
    }
}

/// Properties of [`PartyFields`].
#[derive(Properties, PartialEq)]
pub struct PartyFieldsProps {
    /// Configuration path of the party.
    pub path: &'static str,
    /// Legend.
    pub legend: AttrValue,
    /// Current values.
    pub party: Party,
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
    let field = |key: &'static str,
                 label: &'static str,
                 value: &str,
                 required: bool,
                 set: fn(&mut Party, String),
                 hint: Option<&'static str>| {
        let on_change = editor.setter(move |c, v: String| set(party_of(c, side), v));
        html! {
            <TextField path={format!("{}.{key}", props.path)} label={label} value={value.to_owned()}
                {on_change} {required} hint={hint.map(AttrValue::Static)} />
        }
    };
    let p = &props.party;
    html! {
        <fieldset data-clause="parteien">
            <legend>{ props.legend.clone() }</legend>
            { field("name", "Firma mit Rechtsform", &p.name, true, |p, v| p.name = v, None) }
            { field("street", "Straße und Hausnummer", &p.street, true, |p, v| p.street = v, None) }
            <div class="row">
                { field("postal_code", "Postleitzahl", &p.postal_code, true, |p, v| p.postal_code = v, None) }
                { field("city", "Ort", &p.city, true, |p, v| p.city = v, None) }
            </div>
            { field("country", "Land", &p.country, true, |p, v| p.country = v, None) }
            { field("register", "Registergericht und Nummer", &p.register, false, |p, v| p.register = v, Some("z. B. Amtsgericht Köln, HRB 12345; leer lassen, wenn nicht eingetragen")) }
            { field("representative", "Vertreten durch", &p.representative, false, |p, v| p.representative = v, Some("z. B. „vertreten durch die Geschäftsführerin Anna Beispiel“")) }
        </fieldset>
    }
}

/// Step 1.
#[function_component(Parties)]
pub fn parties() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let config = &editor.config;
    let presets = Preset::ALL
        .iter()
        .map(|p| ChoiceOption {
            key: p.key(),
            label: p.label(),
            help: preset_help(*p),
        })
        .collect::<Vec<_>>();
    let current_preset = Preset::ALL
        .into_iter()
        .find(|p| p.choices() == config.customer.choices)
        .map_or("", |p| p.key());
    let on_preset = {
        let editor = editor.clone();
        Callback::from(move |key: &'static str| {
            if let Some(preset) = Preset::from_key(key) {
                editor.send(Action::ApplyPreset(preset));
            }
        })
    };
    let terminology = config.customer.choices.terminology;
    let on_terminology = editor.setter(|c, key: &'static str| {
        c.customer.choices.terminology = if key == "dsgvo" {
            Terminology::VerantwortlicherAuftragsverarbeiter
        } else {
            Terminology::AuftraggeberAuftragnehmer
        };
    });
    html! {
        <>
            <Choice path="preset" legend="Ausgangspunkt: Welche Grundeinstellung passt?" options={presets}
                selected={current_preset} on_select={on_preset} />
            <p class="help">{ "Die Grundeinstellung füllt alle Regelungen vor; jede einzelne können Sie in den folgenden Schritten ändern. Ihre Angaben zu den Parteien bleiben dabei erhalten." }</p>
            <div data-clause="parteien">
                <Choice path="customer.choices.terminology" legend="Bezeichnung der Parteien im Vertrag"
                    options={vec![
                        ChoiceOption { key: "bdsg", label: "Auftraggeber und Auftragnehmer", help: "Die vertraute Bezeichnung aus dem früheren BDSG; rechtlich gleichwertig." },
                        ChoiceOption { key: "dsgvo", label: "Verantwortlicher und Auftragsverarbeiter", help: "Die Begriffe der DSGVO; rechtlich gleichwertig, näher am Gesetzestext." },
                    ]}
                    selected={if terminology == Terminology::AuftraggeberAuftragnehmer { "bdsg" } else { "dsgvo" }}
                    on_select={on_terminology} />
            </div>
            <PartyFields path="customer.controller" legend="Auftraggeber (Verantwortlicher) – Ihr Unternehmen"
                party={config.customer.controller.clone()} side={Side::Controller} />
            <PartyFields path="processor.company" legend="Auftragnehmer (Auftragsverarbeiter) – der Anbieter"
                party={config.processor.company.clone()} side={Side::Processor} />
        </>
    }
}
