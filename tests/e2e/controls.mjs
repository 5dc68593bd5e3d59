// What a person has to deal with on a step: the form controls they can see and use. Shared by
// the journey test and the journey benchmark (scripts/journey.mjs).

export const STEPS = ['Parteien', 'Verarbeitung', 'Daten und Betroffene', 'Unterauftragnehmer und Drittländer',
  'Technische und organisatorische Maßnahmen', 'Regelungen', 'Abschluss'];

/** Visible, enabled inputs, selects, text areas and buttons of the form (not the toolbar). */
export function visibleControls(page) {
  return page.locator('main.form').evaluate((form) => {
    const toolbar = form.querySelector('.toolbar');
    return [...form.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.disabled && !el.readOnly && !(toolbar && toolbar.contains(el)))
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false }))
      .length;
  });
}
