/** The live page as one HTML string (doctype included), sent once to the background to be parsed. */
export function serializePage(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return doctype + doc.documentElement.outerHTML;
}
