// Written by deploy/precompile-messages.ts from common.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit common.json.
declare const messages: {
  "productName": "Group Console";
  "theme": {
    "label": "Theme";
    "system": "System theme";
    "light": "Light theme";
    "dark": "Dark theme";
  };
  "language": {
    "label": "Language";
  };
  "close": "Close";
  "closeNotification": "Close notification";
  "loadError": {
    "fallback": "It could not be loaded.";
    "retry": "Retry";
  };
  "support": {
    "copy": "Copy details for support";
    "copied": "Copied";
    "label": "Details for support";
    "description": "The browser did not allow copying: select this text and copy it.";
  };
  "bulkBar": {
    "region": "Bulk actions";
    "selectedGroups": "{count, plural, one {# group selected} other {# groups selected}}";
    "selectedAgents": "{count, plural, one {# agent selected} other {# agents selected}}";
    "notShown": "including {count, number} not shown";
    "clear": "Clear selection";
    "working": "Working… {done, number} of {total, number}";
    "cancelRemaining": "Cancel remaining";
  };
  "clearSearch": "Clear search";
  "dialogFailed": {
    "title": "This dialog could not be loaded";
    "body": "Check your connection, then try again. Reloading the page also brings it back, but loses what you typed on this page.";
    "retry": "Try again";
    "reload": "Reload the page";
  };
  "dialogLoading": "Loading…";
};
export default messages;
