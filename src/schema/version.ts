/** Version of the output contract (semver). Kept apart from the zod schema so parsing never loads zod. */
export const schemaVersion = '3.0.0';

/** Version of the kehoach package (a test keeps it equal to package.json's). */
export const packageVersion = '0.1.0';
