// Written by deploy/precompile-messages.ts from agentsImport.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit agentsImport.json.
declare const messages: {

};
export default messages;
