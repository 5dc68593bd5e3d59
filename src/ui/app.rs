//! The page: progress, questionnaire, check and outputs on one side, live preview on the other.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::coverage::CoveragePanel;
use super::editor::Editor;
use super::notice::{Notice, NoticeKind};
use super::preview::Preview;
use super::state::{Action, Draft, Shared, Situation, Step, fresh};
use super::steps::{StepView, clause_for_step};
use super::toolbar::Toolbar;
use crate::engine::config::DpaConfig;
use crate::engine::profile::Profile;
use crate::engine::{self, ClauseLibrary, Severity};

/// The configurator, or a message if the clause library or the vendor profile is broken (the
/// tests and the build check keep both whole).
#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| {
        let library = crate::shipped::library().map_err(|e| {
            (
                "Die Klauselbibliothek ist fehlerhaft".to_owned(),
                e.to_string(),
            )
        })?;
        let profile = crate::shipped::profile(library.options())
            .transpose()
            .map_err(|(name, e)| {
                (
                    "Das Anbieterprofil ist fehlerhaft".to_owned(),
                    format!("{name}: {e}"),
                )
            })?;
        Ok::<_, (String, String)>((
            Shared(Rc::new(library)),
            profile.map(|p| Shared(Rc::new(p))),
        ))
    });
    match &*loaded {
        Ok((library, profile)) => html! {
            <Configurator library={library.clone()} profile={profile.clone()} />
        },
        Err((title, err)) => html! {
            <main class="broken" role="alert">
                <h1>{ title }</h1>
                <p>{ err }</p>
            </main>
        },
    }
}

/// The draft to start with: from a share link, else the autosaved draft, else a new one.
fn startup(library: &ClauseLibrary, profile: Option<&Profile>) -> (DpaConfig, Option<Notice>) {
    browser::use_storage_of(profile.map(|p| p.processor.company.name.as_str()));
    let options = library.options();
    let refusal = |config: &DpaConfig| profile.and_then(|p| p.refusal(config));
    let blank = fresh(library, profile);
    // A stored draft with typed data is kept aside before anything replaces it.
    let keep_stored = || -> &'static str {
        match browser::stored_draft() {
            Some(json) if browser::load_draft(options).ok().flatten().as_ref() != Some(&blank) => {
                browser::keep_replaced_aside(&json)
            }
            _ => "",
        }
    };
    let mut problem = None;
    if let Some(result) = browser::config_from_fragment(options) {
        browser::clear_fragment();
        match result.and_then(|config| match refusal(&config) {
            None => Ok(config),
            Some(why) => Err(format!("Der geteilte Link wurde nicht geladen. {why}")),
        }) {
            Ok(config) => {
                let note = format!(
                    "Die Konfiguration aus dem geteilten Link wurde geladen.{}",
                    keep_stored()
                );
                return (config, Some(Notice::info(note)));
            }
            Err(why) => problem = Some(format!("{why} Ihr Entwurf bleibt, wie er war.")),
        }
    }
    let (config, note) = match browser::load_draft(options) {
        Ok(Some(config)) => match refusal(&config) {
            None if config == blank => (config, None),
            None => (
                config,
                Some("Ihr Entwurf vom letzten Besuch wurde wiederhergestellt.".to_owned()),
            ),
            Some(why) => {
                let kept = keep_stored();
                problem.get_or_insert_with(|| {
                    format!("Ihr gespeicherter Entwurf passt nicht mehr zu den Vorgaben des Anbieters ({why}).{kept} Es beginnt ein neuer Entwurf mit den Vorgaben.")
                });
                (blank, None)
            }
        },
        Ok(None) => (blank, None),
        Err((json, err)) => {
            let kept = match browser::keep_aside(&json) {
                Ok(()) => {
                    " Er ist unverändert gesichert: „Gesicherten Entwurf herunterladen“ speichert ihn als Datei."
                }
                Err(_) => "",
            };
            problem.get_or_insert_with(|| format!("{err}{kept} Es beginnt ein neuer Entwurf."));
            (blank, None)
        }
    };
    let notice = match problem {
        Some(text) => Some(Notice::error(text)),
        None => note.map(Notice::info),
    };
    (config, notice)
}

#[derive(Properties, PartialEq)]
struct ConfiguratorProps {
    library: Shared<ClauseLibrary>,
    profile: Option<Shared<Profile>>,
}

#[function_component(Configurator)]
fn configurator(props: &ConfiguratorProps) -> Html {
    let library = props.library.clone();
    let profile = props.profile.clone();
    let start = use_memo((), {
        let (library, profile) = (library.clone(), profile.clone());
        move |_| startup(&library, profile.as_deref())
    });
    let draft = use_reducer({
        let (config, library, profile) = (start.0.clone(), library.clone(), profile.clone());
        move || {
            let mut draft = Draft::new(library, profile).with_config(config);
            // A reload returns to the step last shown.
            if let Some(step) = browser::stored_step().and_then(|i| Step::ALL.get(i)) {
                draft.step = *step;
            }
            if draft.profile.is_none() {
                draft.situation = browser::stored_situation().and_then(|k| Situation::from_key(&k));
            }
            draft
        }
    });
    let notice = use_state_eq(|| start.1.clone());
    // The deviations of a loaded download from the text its configuration gives.
    let redline = use_state_eq(|| None::<Rc<Vec<crate::engine::roundtrip::Edit>>>);
    let storage_problem = use_state_eq(|| None::<String>);
    let focus_clause = use_state_eq(|| Some(AttrValue::Static(clause_for_step(Step::Parties))));
    let pending_focus = use_state_eq(|| None::<String>);
    let touched = use_state_eq(|| Rc::new(std::collections::HashSet::<String>::new()));
    let reveal_all = use_state_eq(|| false);
    // On a narrow screen the form and the preview take turns; this says which one shows.
    let preview_shown = use_state_eq(|| false);

    let derived = {
        let library = library.clone();
        use_memo(draft.config.clone(), move |config| {
            let assembled = engine::assemble_on(config, &library, browser::today_date());
            let report = engine::check(&assembled);
            (
                Rc::new(assembled.document),
                Rc::new(assembled.diagnostics),
                Rc::new(report),
            )
        })
    };
    let (document, diagnostics, report) = (derived.0.clone(), derived.1.clone(), derived.2.clone());

    {
        let storage_problem = storage_problem.clone();
        use_effect_with(draft.config.clone(), move |config| {
            storage_problem.set(browser::save_draft(config).err());
        });
    }
    // The print margins show the title, the version and the fingerprint of the text (SHA-256
    // over the Markdown). The fingerprint takes about 0.5 to 0.7 ms for the largest example in
    // headless Chromium, a tenth of a keystroke's update, so it is computed only when the
    // browser is about to print ("beforeprint" fires for the print dialog, "Als PDF speichern"
    // and a headless PDF alike), always from the document then shown.
    use_effect_with(
        (draft.config.clone(), document.clone()),
        |(config, document)| {
            let (title, version) = (
                engine::docx::title(config),
                engine::docx::version_label(config),
            );
            let document = document.clone();
            let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                let fingerprint = engine::roundtrip::fingerprint(&document.markdown);
                super::page_style::set_print_meta(&title, &version, &fingerprint);
            });
            let window = gloo::utils::window();
            let _ = window
                .add_event_listener_with_callback("beforeprint", listener.as_ref().unchecked_ref());
            move || {
                let _ = window.remove_event_listener_with_callback(
                    "beforeprint",
                    listener.as_ref().unchecked_ref(),
                );
            }
        },
    );
    use_effect_with(profile.clone(), |profile| {
        if let Some(profile) = profile {
            let look = &profile.look;
            super::page_style::apply_look(
                &super::page_title(profile),
                look.accent.as_deref(),
                look.accent_soft().as_deref(),
            );
        }
    });
    use_effect_with(draft.situation, |situation| {
        if let Some(situation) = situation {
            browser::save_situation(situation.key());
        }
    });
    {
        let (focus_clause, pending) = (focus_clause.clone(), pending_focus.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(draft.step, move |step| {
            focus_clause.set(Some(AttrValue::Static(clause_for_step(*step))));
            browser::save_step(step.index());
            // A new step opens at its top with the focus on its heading, unless a link to a
            // question is about to focus that question.
            let opening = std::mem::replace(&mut *first.borrow_mut(), false);
            if !opening && pending.is_none() {
                browser::show_from_top("step-title");
            }
        });
    }
    {
        let pending = pending_focus.clone();
        use_effect_with(((*pending_focus).clone(), draft.step), move |(id, _)| {
            if let Some(id) = id
                && browser::focus(id)
            {
                pending.set(None);
            }
        });
    }

    let editor = Editor::new(&draft, diagnostics, (*touched).clone(), *reveal_all);
    let step = draft.step;
    let goto = |target: Option<Step>| {
        let (dispatch, reveal_all, notice) =
            (draft.dispatcher(), reveal_all.clone(), notice.clone());
        target.map(|t| {
            Callback::from(move |_: MouseEvent| {
                // Moving on with the buttons means the person is done with a step: from now on
                // every open point shows beside its question. A notice belongs to its step.
                reveal_all.set(true);
                notice.set(None);
                dispatch.dispatch(Action::GoTo(t));
            })
        })
    };
    let on_leave = {
        let touched = touched.clone();
        Callback::from(move |e: FocusEvent| {
            let id = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.id());
            if let Some(id) = id.filter(|id| !id.is_empty() && !touched.contains(id)) {
                let mut next = (**touched).clone();
                next.insert(id);
                touched.set(Rc::new(next));
            }
        })
    };
    let on_focus = {
        let focus_clause = focus_clause.clone();
        Callback::from(move |e: FocusEvent| {
            let clause = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-clause]").ok().flatten())
                .and_then(|el| el.get_attribute("data-clause"));
            if let Some(clause) = clause {
                focus_clause.set(Some(clause.into()));
            }
        })
    };
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |n: Notice| notice.set(Some(n)))
    };
    let on_goto = {
        let (pending, reveal_all) = (pending_focus.clone(), reveal_all.clone());
        Callback::from(move |id: String| {
            reveal_all.set(true);
            pending.set(Some(id));
        })
    };
    // Open required entries per step: the step bar shows a step as complete only when none is
    // open, and says how many are.
    let open_in = |target: Step| {
        editor
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .filter_map(|d| d.field.as_ref().and_then(|f| editor.section(f)))
            .filter(|section| section.step() == target)
            .count()
    };
    let open_counts: Vec<usize> = Step::ALL.iter().map(|s| open_in(*s)).collect();
    let progress = Step::ALL.iter().map(|s| {
        let (dispatch, notice) = (draft.dispatcher(), notice.clone());
        let target = *s;
        let onclick = Callback::from(move |_: MouseEvent| {
            notice.set(None);
            dispatch.dispatch(Action::GoTo(target));
        });
        let open = open_counts[s.index()];
        let visited = s.index() < step.index();
        let state = match (visited, open) {
            (_, 0) if visited => " – vollständig".to_owned(),
            (_, 0) => String::new(),
            (_, 1) => " – 1 offene Angabe".to_owned(),
            (_, n) => format!(" – {n} offene Angaben"),
        };
        html! {
            <li class={classes!((*s == step).then_some("current"), (visited && open == 0).then_some("done"), (visited && open > 0).then_some("open"))}>
                <button type="button" {onclick} aria-current={(*s == step).then_some("step")}>
                    <span class="visually-hidden">{ "Schritt " }</span>
                    <span class="number">{ s.index() + 1 }</span>
                    <span class="visually-hidden">{ ": " }</span>{ s.title() }
                    if open > 0 {
                        <span class="open-count" aria-hidden="true">{ open }</span>
                    }
                    <span class="visually-hidden">{ state }</span>
                </button>
            </li>
        }
    });

    html! {
        <ContextProvider<Editor> context={editor}>
            <div class={classes!("layout", (*preview_shown).then_some("preview-shown"))}>
                <header class="top">
                    if let Some(profile) = &profile {
                        if let Some(logo) = &profile.look.logo {
                            <img class="logo" src={logo.data_uri()} alt={format!("Logo der {}", profile.processor.company.name)} />
                        }
                        <h1>{ super::page_title(profile) }</h1>
                        <p class="lead">
                            { format!("Die Angaben zum Auftragnehmer, seine Maßnahmen und Unterauftragnehmer legt die {} für alle Kunden fest; sie sind nicht änderbar. Einzelne Regelungen sind ebenfalls festgelegt oder nur in Grenzen wählbar. Alle Eingaben bleiben in Ihrem Browser.", profile.processor.company.name) }
                        </p>
                    } else {
                        <h1>{ "AVV-Konfigurator" }</h1>
                        <p class="lead">{ "Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO – alle Eingaben bleiben in Ihrem Browser." }</p>
                    }
                    <nav aria-label="Fortschritt"><ol class="progress">{ for progress }</ol></nav>
                    <button type="button" class="view-switch" aria-controls="preview" aria-expanded={if *preview_shown { "true" } else { "false" }}
                        onclick={{ let shown = preview_shown.clone(); Callback::from(move |_: MouseEvent| shown.set(!*shown)) }}>
                        { if *preview_shown { "Zurück zum Formular" } else { "Vertrag ansehen" } }
                    </button>
                </header>
                <main class="form" onfocusin={on_focus} onfocusout={on_leave}>
                    if let Some(n) = &*notice {
                        <p class={classes!("notice", (n.kind == NoticeKind::Error).then_some("error"))}
                            role={if n.kind == NoticeKind::Error { "alert" } else { "status" }}>{ &n.text }</p>
                    }
                    if let Some(problem) = &*storage_problem {
                        <p class="notice error" role="alert">
                            { format!("{problem} Ihr Entwurf wird nicht automatisch gespeichert; der Konfigurator funktioniert weiter. Sichern Sie Ihre Arbeit mit „Konfiguration exportieren“.") }
                        </p>
                    }
                    if let Some(edits) = &*redline {
                        <super::redline_view::RedlineView edits={edits.clone()}
                            on_close={{ let redline = redline.clone(); Callback::from(move |_: MouseEvent| redline.set(None)) }} />
                    }
                    <h2 class="step-title" id="step-title" tabindex="-1">{ format!("Schritt {} von {}: {}", step.index() + 1, Step::ALL.len(), step.title()) }</h2>
                    <StepView {step} />
                    <nav class="step-nav" aria-label="Schritte">
                        if let Some(back) = goto(step.previous()) {
                            <button type="button" class="secondary" onclick={back}>{ "Zurück" }</button>
                        }
                        if let Some(next) = goto(step.next()) {
                            <button type="button" onclick={next}>{ "Weiter" }</button>
                        }
                    </nav>
                    <CoveragePanel report={report} on_goto={on_goto} />
                    <Toolbar document={document.clone()} on_notice={on_notice.clone()}
                        on_redline={{ let redline = redline.clone(); Callback::from(move |r| redline.set(r)) }} />
                    <super::named_drafts::NamedDrafts on_notice={on_notice} />
                </main>
                <Preview document={document} focus={(*focus_clause).clone()} />
            </div>
        </ContextProvider<Editor>>
    }
}
