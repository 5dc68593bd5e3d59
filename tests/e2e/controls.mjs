// What a person has to deal with on a step: the form controls they can see and use. Shared by
// the journey test and the journey benchmark (scripts/journey.mjs).

export const STEPS = ['Parteien', 'Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer',
  'Technische und organisatorische Maßnahmen', 'Regelungen', 'Abschluss'];

/** Visible, enabled inputs, selects, text areas and buttons of the questionnaire (not the
 * check panel, the outputs and the named drafts below it). */
export function visibleControls(page) {
  return page.locator('main.form').evaluate((form) => {
    return [...form.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.disabled && !el.readOnly && !el.closest('.toolbar, .named-drafts, .coverage'))
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false }))
      .length;
  });
}
