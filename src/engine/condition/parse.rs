//! Reading a condition: tokens, then `or` of `and`s of (negated) atoms, each name resolved
//! against the predicates and the declared options.

use super::{Atom, Comparison, Condition, ConditionError, OptionNames, Predicate};
use crate::engine::config::OptionKind;
use crate::engine::source::{closest, did_you_mean};

/// Parses a whole condition.
pub(super) fn parse(text: &str, options: &dyn OptionNames) -> Result<Condition, ConditionError> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Err(ConditionError::new("Die Bedingung ist leer.".into()));
    }
    let mut parser = Parser {
        tokens,
        at: 0,
        options,
    };
    let condition = parser.or()?;
    match parser.tokens.get(parser.at) {
        None => Ok(condition),
        Some(extra) => Err(ConditionError::new(format!(
            "Unerwartetes `{extra}`; verbinden Sie Teile mit `and` oder `or`."
        ))),
    }
}

/// Words, numbers, comparison operators and parentheses.
pub(super) fn tokenize(text: &str) -> Result<Vec<String>, ConditionError> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' {
            tokens.push(c.to_string());
            i += 1;
        } else if matches!(c, '<' | '>' | '=' | '!') {
            let two = chars.get(i + 1) == Some(&'=');
            let token: String = chars[i..i + 1 + usize::from(two)].iter().collect();
            tokens.push(token);
            i += 1 + usize::from(two);
        } else if c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | '.' | '-'))
            {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else {
            return Err(ConditionError::new(format!(
                "Das Zeichen `{c}` ist in Bedingungen nicht erlaubt."
            )));
        }
    }
    Ok(tokens)
}

struct Parser<'a> {
    tokens: Vec<String>,
    at: usize,
    options: &'a dyn OptionNames,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> Option<String> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self) -> Result<Condition, ConditionError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some("or") {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Any(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, ConditionError> {
        let mut parts = vec![self.unary()?];
        while self.peek() == Some("and") {
            self.at += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::All(parts)
        })
    }

    fn unary(&mut self) -> Result<Condition, ConditionError> {
        let token = self
            .next()
            .ok_or_else(|| ConditionError::new("Die Bedingung endet zu früh.".into()))?;
        match token.as_str() {
            "not" => Ok(Condition::Not(Box::new(self.unary()?))),
            "(" => {
                let inner = self.or()?;
                if self.next().as_deref() != Some(")") {
                    return Err(ConditionError::new("Es fehlt eine `)`.".into()));
                }
                Ok(inner)
            }
            "always" => Ok(Condition::Always),
            name => {
                let comparison = self.peek().and_then(Comparison::parse);
                if let Some(op) = comparison {
                    self.at += 1;
                    let number = self.next().unwrap_or_default();
                    return self.compare(name, op, &number).map(Condition::Is);
                }
                self.atom(name).map(Condition::Is)
            }
        }
    }

    fn compare(&self, id: &str, op: Comparison, number: &str) -> Result<Atom, ConditionError> {
        let n: i64 = number.parse().map_err(|_| {
            ConditionError::new(format!(
                "Nach `{id}` und dem Vergleich fehlt eine ganze Zahl."
            ))
        })?;
        match self.options.kind_of(id) {
            Some(OptionKind::Number) => Ok(Atom::Compare(id.to_owned(), op, n)),
            Some(kind) => Err(ConditionError::new(format!(
                "`{id}` ist keine Zahl (Art: {}); nur Zahlen lassen sich vergleichen.",
                kind.name()
            ))),
            None => Err(self.unknown(id)),
        }
    }

    fn atom(&self, name: &str) -> Result<Atom, ConditionError> {
        if let Some(p) = Predicate::from_name(name) {
            return Ok(Atom::Predicate(p));
        }
        let (id, value) = match name.split_once('.') {
            Some((id, value)) => (id, Some(value)),
            None => (name, None),
        };
        let Some(kind) = self.options.kind_of(id) else {
            return Err(self.unknown(name));
        };
        match (kind, value) {
            (OptionKind::Toggle, None) => Ok(Atom::On(id.to_owned())),
            (OptionKind::Date | OptionKind::Text | OptionKind::Set, None) => {
                Ok(Atom::Filled(id.to_owned()))
            }
            (OptionKind::Choice | OptionKind::Set, Some(value)) => {
                let values = self.options.values_of(id);
                if values.contains(&value) {
                    Ok(Atom::Is(id.to_owned(), value.to_owned()))
                } else {
                    Err(ConditionError {
                        message: format!(
                            "Die Option `{id}` hat keinen Wert `{value}`; ihre Werte: {}.",
                            values.join(", ")
                        ),
                        hint: closest(value, values.iter().copied())
                            .map(|v| format!("Meinten Sie `{id}.{v}`?")),
                    })
                }
            }
            (OptionKind::Choice, None) => Err(ConditionError::new(format!(
                "`{id}` ist eine Auswahl; schreiben Sie `{id}.<Wert>` (Werte: {}).",
                self.options.values_of(id).join(", ")
            ))),
            (OptionKind::Number, _) => Err(ConditionError::new(format!(
                "`{id}` ist eine Zahl; vergleichen Sie sie, etwa `{id} < 14`."
            ))),
            (_, Some(_)) => Err(ConditionError::new(format!(
                "`{id}` hat keine Werte; schreiben Sie nur `{id}`."
            ))),
        }
    }

    fn unknown(&self, name: &str) -> ConditionError {
        let predicates = Predicate::ALL.iter().map(|p| p.name());
        let options = self.options.option_ids();
        ConditionError {
            message: format!("Unbekannte Option oder unbekanntes Prädikat `{name}`."),
            hint: did_you_mean(name, predicates.chain(options)),
        }
    }
}
