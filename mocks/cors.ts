/** The real API's CORS headers, so browsers may call it from any origin. */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'X-Requested-With, content-type',
  'Access-Control-Allow-Credentials': 'true',
};
