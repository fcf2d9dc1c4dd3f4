/**
 * Words that name a kind of event (English, in the singular form `stem` gives): a shared one tells a
 * reader what two reports have in common ("summit", "earthquake"), where other shared words
 * ("ready", "regarding") say little out of their sentence. Extend the table, not the reason code.
 */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  `call summit visit talk meeting conference negotiation speech address interview
election vote referendum campaign debate rally inauguration resignation impeachment coup
war invasion offensive attack airstrike strike bombing shooting stabbing explosion blast ambush raid
ceasefire truce treaty agreement deal accord pact alliance sanction tariff embargo
crash collision derailment wildfire flood earthquake quake aftershock tsunami hurricane storm typhoon cyclone tornado eruption drought landslide avalanche
outbreak pandemic epidemic
protest demonstration riot walkout boycott
trial verdict ruling sentencing arrest indictment lawsuit investigation inquiry probe hearing
murder killing death funeral kidnapping hostage rescue evacuation escape
launch merger acquisition takeover bankruptcy layoff recall scandal leak hack breach
ceremony award festival parade tournament championship final olympic
rehab overdose`.split(/\s+/),
);
