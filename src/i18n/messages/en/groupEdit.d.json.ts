// Written by deploy/precompile-messages.ts from groupEdit.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit groupEdit.json.
declare const messages: {

};
export default messages;
