// Written by deploy/precompile-messages.ts from errors.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit errors.json.
declare const messages: {
  "codes": {
    "invalidParameters": "DeepCall did not accept some of the values sent; an agent may no longer be part of this account. Reload the page and try again.";
    "sessionInvalid": "Your session has ended or the credentials are not valid. Sign in again.";
    "credentialsMissing": "No credentials were sent. Sign in again.";
    "permissionDenied": "Your DeepCall account is not allowed to do this. Ask an administrator for the permission.";
    "bodyNotJson": "The server could not read the request. Reload the page and try again.";
    "nameMissing": "Enter a group name.";
    "groupIdMissing": "The console did not say which group to change. Reload the page and try again.";
    "groupNotFound": "This group no longer exists, or your account may not change it.";
    "agentDataInProcessing": "DeepCall is still processing an earlier change to the agents. Try again in a moment.";
    "agentInvalidFilter": "DeepCall did not accept the filter the console sent for the list of agents. Reload the page and try again.";
    "agentInvalidRoleId": "DeepCall did not accept the agent role the console sent. Reload the page and try again.";
    "agentInvalidGroupData": "DeepCall did not accept the group the console sent for the agents. Reload the page and try again.";
    "agentInvalidStatus": "DeepCall did not accept the agent status the console sent. Reload the page and try again.";
  };
  "refusedSaying": "DeepCall refused the request: {serverMessage}";
  "refusedSayingWithCode": "DeepCall refused the request: {serverMessage} (code {code})";
  "refused": "DeepCall refused the request.";
  "refusedWithCode": "DeepCall refused the request (code {code}).";
  "http": "The DeepCall server had a problem (HTTP {status}). Try again in a moment.";
  "network": "Cannot reach {host}. Check your network connection and the API server address, then try again.";
  "builtInMockApi": "the built-in mock API";
  "timeoutSeconds": "The DeepCall server did not answer within {seconds, plural, one {# second} other {# seconds}}. Check your connection and try again.";
  "timeoutMilliseconds": "The DeepCall server did not answer within {milliseconds} ms. Check your connection and try again.";
  "aborted": "The request was cancelled.";
  "unexpected": "The DeepCall server sent a reply the console does not understand ({detail}) while {action, select, list {reading the groups} add {creating the group} update {saving the group} delete {deleting the group} getGroupAgentRelation {reading the group’s members} submitAssignGroupToAgent {saving the group’s members} agentList {reading the account’s agents} other {talking to DeepCall}}. Try again; if it persists, check the API server address or copy the details for support.";
};
export default messages;
