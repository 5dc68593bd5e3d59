//! One walk over every string a person types, with its path and kind, and the lengths of
//! every list: for the limits, the escaping tests and fuzzing.

use super::{DpaConfig, DpoArrangement, Party, Person};

/// What kind of text a field holds, for its length limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// One line: names, addresses, list entries.
    Line,
    /// Free text over several lines: nature and purpose, TOM introduction, special categories.
    Free,
}

impl DpaConfig {
    /// Calls `f` with the dotted path, the kind and the value of every structural string a
    /// person types: one walk for the length limits, the escaping tests and fuzzing. Catalogue
    /// ids, dates and the legal choices are not visited (the choices are checked against their
    /// declarations, see [`super::options::OptionSet`]).
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&str, TextKind, &mut String)) {
        use TextKind::{Free, Line};
        fn party(prefix: &str, p: &mut Party, f: &mut dyn FnMut(&str, TextKind, &mut String)) {
            for (key, s) in [
                ("name", &mut p.name),
                ("street", &mut p.street),
                ("postal_code", &mut p.postal_code),
                ("city", &mut p.city),
                ("country", &mut p.country),
                ("register", &mut p.register),
                ("representative", &mut p.representative),
                ("seat", &mut p.seat),
            ] {
                f(&format!("{prefix}.{key}"), Line, s);
            }
        }
        fn person(prefix: &str, p: &mut Person, f: &mut dyn FnMut(&str, TextKind, &mut String)) {
            for (key, s) in [
                ("name", &mut p.name),
                ("email", &mut p.email),
                ("phone", &mut p.phone),
            ] {
                f(&format!("{prefix}.{key}"), Line, s);
            }
        }
        fn list(
            prefix: &str,
            items: &mut [String],
            f: &mut dyn FnMut(&str, TextKind, &mut String),
        ) {
            for (i, s) in items.iter_mut().enumerate() {
                f(&format!("{prefix}.{i}"), Line, s);
            }
        }
        let processor = &mut self.processor;
        party("processor.company", &mut processor.company, f);
        match &mut processor.dpo {
            DpoArrangement::Named { person: p, company } => {
                person("processor.dpo.person", p, f);
                f("processor.dpo.company", Line, company);
            }
            DpoArrangement::ContactPerson { person: p } => person("processor.dpo.person", p, f),
            DpoArrangement::AppointedIfRequired => {}
        }
        if let Some(r) = &mut processor.eu_representative {
            for (key, s) in [
                ("name", &mut r.name),
                ("address", &mut r.address),
                ("email", &mut r.email),
            ] {
                f(&format!("processor.eu_representative.{key}"), Line, s);
            }
        }
        list("processor.services", &mut processor.services, f);
        list("processor.locations", &mut processor.locations, f);
        for (i, m) in processor.tom.custom.iter_mut().enumerate() {
            f(&format!("processor.tom.custom.{i}.text"), Line, &mut m.text);
        }
        f(
            "processor.tom.narrative",
            Free,
            &mut processor.tom.narrative,
        );
        if let Some(p) = &mut processor.tom.security_contact {
            person("processor.tom.security_contact", p, f);
        }
        for (i, s) in processor.subprocessors.iter_mut().enumerate() {
            for (key, field) in [
                ("name", &mut s.name),
                ("address", &mut s.address),
                ("country", &mut s.country),
                ("service", &mut s.service),
                ("location", &mut s.location),
                ("remote_access", &mut s.remote_access),
            ] {
                f(&format!("processor.subprocessors.{i}.{key}"), Line, field);
            }
        }
        f(
            "processor.document_version",
            Line,
            &mut processor.document_version,
        );
        f(
            "processor.document_title",
            Line,
            &mut processor.document_title,
        );
        let customer = &mut self.customer;
        party("customer.controller", &mut customer.controller, f);
        for (i, k) in customer.contacts.iter_mut().enumerate() {
            person(&format!("customer.contacts.{i}"), &mut k.person, f);
            f(
                &format!("customer.contacts.{i}.function"),
                Line,
                &mut k.function,
            );
        }
        for (i, s) in customer.signatories.iter_mut().enumerate() {
            for (key, field) in [
                ("name", &mut s.name),
                ("function", &mut s.function),
                ("place", &mut s.place),
            ] {
                f(&format!("customer.signatories.{i}.{key}"), Line, field);
            }
        }
        let p = &mut customer.processing;
        f(
            "customer.processing.main_contract.title",
            Line,
            &mut p.main_contract.title,
        );
        list("customer.processing.tasks", &mut p.tasks, f);
        f(
            "customer.processing.nature_and_purpose",
            Free,
            &mut p.nature_and_purpose,
        );
        list("customer.processing.purposes", &mut p.purposes, f);
        list(
            "customer.processing.custom_data_types",
            &mut p.custom_data_types,
            f,
        );
        f(
            "customer.processing.special_categories_detail",
            Free,
            &mut p.special_categories_detail,
        );
        list(
            "customer.processing.custom_data_subjects",
            &mut p.custom_data_subjects,
            f,
        );
    }

    /// Every list of the structure with its dotted path and length, for the limits.
    pub fn list_lengths(&self) -> Vec<(&'static str, usize)> {
        let (p, c) = (&self.processor, &self.customer);
        vec![
            ("processor.services", p.services.len()),
            ("processor.locations", p.locations.len()),
            ("processor.tom.measures", p.tom.measures.len()),
            ("processor.tom.custom", p.tom.custom.len()),
            ("processor.subprocessors", p.subprocessors.len()),
            ("customer.contacts", c.contacts.len()),
            ("customer.signatories", c.signatories.len()),
            ("customer.processing.tasks", c.processing.tasks.len()),
            ("customer.processing.purposes", c.processing.purposes.len()),
            (
                "customer.processing.data_types",
                c.processing.data_types.len(),
            ),
            (
                "customer.processing.custom_data_types",
                c.processing.custom_data_types.len(),
            ),
            (
                "customer.processing.data_subjects",
                c.processing.data_subjects.len(),
            ),
            (
                "customer.processing.custom_data_subjects",
                c.processing.custom_data_subjects.len(),
            ),
        ]
    }
}
