import type { Article } from '@/lib/article';

/** A stored article with only what the index reads filled in. */
export function article(url: string, title: string, text: string, published?: string, outlet = new URL(url).hostname): Article {
  return { url, pageUrl: url, title, authors: [], outlet, published, text, paragraphs: text.split(/\n\s*\n/), savedAt: 0, updatedAt: 0 };
}

/** Two quakes of the same kind (the lookalike trap) and unrelated news. */
export const quakeA1 = article(
  'https://a.example/quake-indonesia',
  'Magnitude 6.1 earthquake strikes Aceh, Indonesia',
  'A magnitude 6.1 earthquake struck the Aceh province of Indonesia on Tuesday, killing at least 12 people in Bener Meriah and Central Aceh. Governor Zaini Abdullah said rescue teams were searching collapsed houses in Takengon. The Indonesian meteorology agency said there was no tsunami threat.',
  '2013-07-02',
);
export const quakeA2 = article(
  'https://b.example/aceh-quake-toll',
  'Aceh earthquake toll rises as rescuers dig in Takengon',
  'Rescuers in Takengon dug through rubble on Wednesday after the magnitude 6.1 quake in Aceh, Indonesia, as the toll rose to 22. Zaini Abdullah, the governor of Aceh, visited Bener Meriah, where landslides blocked roads. Officials said thousands slept outside.',
  '2013-07-03',
);
export const quakeB = article(
  'https://c.example/quake-california',
  'Magnitude 6.0 earthquake strikes Napa, California',
  'A magnitude 6.0 earthquake struck Napa in northern California on Sunday, injuring more than 100 people. Governor Jerry Brown declared a state of emergency as firefighters in Napa Valley put out fires. The US Geological Survey said aftershocks were likely.',
  '2014-08-24',
);
export const budget = article(
  'https://d.example/budget',
  'Parliament passes the annual budget',
  'Lawmakers approved the annual budget after a long debate over taxes, pensions and spending on schools. The finance minister said the deficit would narrow next year.',
  '2014-03-01',
);

/** Two undated quakes at one place, worded alike, told apart by their magnitude (as in ECB+ topic 38). */
export const geysers44 = article(
  'https://e.example/geysers-quake',
  'Earthquake strikes near The Geysers',
  'A magnitude 4.4 earthquake struck near The Geysers in Sonoma County on Sunday morning, the US Geological Survey said. No damage was reported.',
);
export const geysers44Other = article(
  'https://f.example/temblor-geysers',
  'Temblor rattles The Geysers',
  'The 4.4 temblor was centered two miles from The Geysers, according to the USGS. Residents of Cloverdale said it rattled windows.',
);
export const geysers46 = article(
  'https://g.example/sonoma-quake',
  'Quake shakes Sonoma County',
  'A 4.6 quake rattled Sonoma County on Thursday, centered close to The Geysers geothermal field, the USGS said. Residents of Santa Rosa felt it.',
);
