//! Step 7: contacts and signatories; the check and the outputs sit beside every step.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::limits::{MAX_CONTACTS, MAX_SIGNATORIES};

use crate::engine::config::*;
use crate::engine::field::{Field, FieldPath, List, Section};
use crate::ui::editor::Editor;
use crate::ui::widgets::{KeyTerms, SectionBox};

/// The questionnaire's short label of a contact role.
fn role_label(role: ContactRole) -> &'static str {
    match role {
        ContactRole::IssuesInstructions => "Weisungsberechtigt",
        ContactRole::ReceivesInstructions => "Weisungsempfänger",
        ContactRole::ContactPerson => "Ansprechpartner",
        ContactRole::DataProtectionOfficer => "Datenschutzbeauftragte/r",
    }
}

fn side_of(key: &str) -> Side {
    if key == "processor" {
        Side::Processor
    } else {
        Side::Controller
    }
}

fn side_select(id: String, label: String, side: Side, on: Callback<Side>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(side_of(
            &e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    html! {
        <select {id} aria-label={label} {onchange}>
            <option value="controller" selected={side == Side::Controller}>{ "Auftraggeber" }</option>
            <option value="processor" selected={side == Side::Processor}>{ "Auftragnehmer" }</option>
        </select>
    }
}

fn text_cell(
    id: String,
    label: String,
    value: &str,
    kind: &'static str,
    on: Callback<String>,
) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        on.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let short = label.split(" (").next().unwrap_or_default().to_owned();
    html! { <td data-label={short}><input {id} type={kind} aria-label={label} value={value.to_owned()} {oninput} maxlength="300" /></td> }
}

/// Step 7.
#[function_component(Finish)]
pub fn finish() -> Html {
    let editor = use_context::<Editor>().expect("Editor context");
    let customer = &editor.config.customer;

    let contacts = customer.contacts.iter().enumerate().map(|(i, k)| {
        let n = i + 1;
        let id = |f: &'static str| FieldPath::entry(List::Contacts, i, f).element_id();
        let set = |f: fn(&mut Contact, String)| editor.setter(move |c, v: String| if let Some(k) = c.customer.contacts.get_mut(i) { f(k, v) });
        let on_side = editor.setter(move |c, v: Side| if let Some(k) = c.customer.contacts.get_mut(i) { k.side = v });
        let on_role = editor.setter(move |c, v: String| {
            if let (Some(k), Some(role)) = (c.customer.contacts.get_mut(i), ContactRole::ALL.into_iter().find(|r| r.key() == v)) {
                k.role = role;
            }
        });
        let role_change = Callback::from(move |e: Event| on_role.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
        let remove = {
            let editor = editor.clone();
            Callback::from(move |_: MouseEvent| editor.edit(move |c| if i < c.customer.contacts.len() { c.customer.contacts.remove(i); }))
        };
        html! {
            <tr key={i}>
                <td data-label="Seite">{ side_select(id("side"), format!("Seite (Kontakt {n})"), k.side, on_side) }</td>
                <td data-label="Rolle">
                    <select id={id("role")} aria-label={format!("Rolle (Kontakt {n})")} onchange={role_change}>
                        { for ContactRole::ALL.into_iter().map(|r| html! {
                            <option value={r.key()} selected={r == k.role}>{ role_label(r) }</option>
                        }) }
                    </select>
                </td>
                { text_cell(id("name"), format!("Name (Kontakt {n})"), &k.person.name, "text", set(|k, v| k.person.name = v)) }
                { text_cell(id("function"), format!("Funktion (Kontakt {n})"), &k.function, "text", set(|k, v| k.function = v)) }
                { text_cell(id("email"), format!("E-Mail (Kontakt {n})"), &k.person.email, "email", set(|k, v| k.person.email = v)) }
                { text_cell(id("phone"), format!("Telefon (Kontakt {n})"), &k.person.phone, "tel", set(|k, v| k.person.phone = v)) }
                <td><button type="button" class="secondary" onclick={remove} aria-label={format!("Kontakt {n} entfernen")}>{ "Entfernen" }</button></td>
            </tr>
        }
    });
    let add_contact = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            editor.edit(|c| {
                c.customer.contacts.push(Contact {
                    side: Side::Controller,
                    role: ContactRole::IssuesInstructions,
                    person: Person::default(),
                    function: String::new(),
                })
            })
        })
    };

    let signatories = customer.signatories.iter().enumerate().map(|(i, s)| {
        let n = i + 1;
        let id = |f: &'static str| FieldPath::entry(List::Signatories, i, f).element_id();
        let set = |f: fn(&mut Signatory, String)| editor.setter(move |c, v: String| if let Some(s) = c.customer.signatories.get_mut(i) { f(s, v) });
        let on_side = editor.setter(move |c, v: Side| if let Some(s) = c.customer.signatories.get_mut(i) { s.side = v });
        let remove = {
            let editor = editor.clone();
            Callback::from(move |_: MouseEvent| editor.edit(move |c| if i < c.customer.signatories.len() { c.customer.signatories.remove(i); }))
        };
        html! {
            <tr key={i}>
                <td data-label="Seite">{ side_select(id("side"), format!("Seite (Unterzeichner {n})"), s.side, on_side) }</td>
                { text_cell(id("name"), format!("Name (Unterzeichner {n})"), &s.name, "text", set(|s, v| s.name = v)) }
                { text_cell(id("function"), format!("Funktion (Unterzeichner {n})"), &s.function, "text", set(|s, v| s.function = v)) }
                { text_cell(id("place"), format!("Ort (Unterzeichner {n})"), &s.place, "text", set(|s, v| s.place = v)) }
                { text_cell(id("date"), format!("Datum (Unterzeichner {n}, optional)"), &s.date.map(|d| d.iso()).unwrap_or_default(), "date",
                    editor.setter(move |c, v: String| if let Some(s) = c.customer.signatories.get_mut(i) { s.date = Date::parse_iso(&v).ok() })) }
                <td><button type="button" class="secondary" onclick={remove} aria-label={format!("Unterzeichner {n} entfernen")}>{ "Entfernen" }</button></td>
            </tr>
        }
    });
    let add_signatory = {
        let editor = editor.clone();
        let side = if customer
            .signatories
            .iter()
            .any(|s| s.side == Side::Controller)
        {
            Side::Processor
        } else {
            Side::Controller
        };
        Callback::from(move |_: MouseEvent| {
            editor.edit(move |c| {
                c.customer.signatories.push(Signatory {
                    side,
                    name: String::new(),
                    function: String::new(),
                    place: String::new(),
                    date: None,
                })
            })
        })
    };

    html! {
        <>
            <KeyTerms />
            <SectionBox section={Section::Kontakte}>
            <div class="table-editor" id={FieldPath::Fixed(Field::Contacts).element_id()}>
                <table>
                    <caption>{ "Weisungsberechtigte Personen und Ansprechpartner" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Seite" }</th><th scope="col">{ "Rolle" }</th><th scope="col">{ "Name" }</th>
                        <th scope="col">{ "Funktion" }</th><th scope="col">{ "E-Mail" }</th><th scope="col">{ "Telefon" }</th>
                        <th scope="col">{ "Aktionen" }</th>
                    </tr></thead>
                    <tbody>{ for contacts }</tbody>
                </table>
                if editor.config.customer.contacts.len() < MAX_CONTACTS {
                    <button type="button" class="secondary" onclick={add_contact}>{ "Kontakt hinzufügen" }</button>
                } else {
                    <p class="help">{ format!("Die Liste ist voll: höchstens {MAX_CONTACTS} Einträge.") }</p>
                }
            </div>
            </SectionBox>
            <SectionBox section={Section::Unterschriften}>
            <div class="table-editor" id={FieldPath::Fixed(Field::Signatories).element_id()}>
                <table>
                    <caption>{ "Unterzeichner" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Seite" }</th><th scope="col">{ "Name" }</th><th scope="col">{ "Funktion" }</th>
                        <th scope="col">{ "Ort" }</th><th scope="col">{ "Aktionen" }</th>
                    </tr></thead>
                    <tbody>{ for signatories }</tbody>
                </table>
                if editor.config.customer.signatories.len() < MAX_SIGNATORIES {
                    <button type="button" class="secondary" onclick={add_signatory}>{ "Unterzeichner hinzufügen" }</button>
                } else {
                    <p class="help">{ format!("Die Liste ist voll: höchstens {MAX_SIGNATORIES} Einträge.") }</p>
                }
            </div>
            </SectionBox>
        </>
    }
}
