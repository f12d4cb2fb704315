/** Request size limits, shared by the front (production and dev) and withRoute (every route handler). */

/** A JSON body of any route but the scenario ones. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Scenario bodies: a document of up to 1,000,000 characters (MAX_DOCUMENT_CHARS), JSON-escaped, with room to spare. */
export const MAX_SCENARIO_BODY_BYTES = 8 * 1024 * 1024;
/** The largest body any route accepts; the front refuses a larger Content-Length before Next cuts it short. */
export const MAX_ANY_BODY_BYTES = MAX_SCENARIO_BODY_BYTES;
/** Path and query together; links and ids are far shorter. */
export const MAX_URL_BYTES = 8 * 1024;
