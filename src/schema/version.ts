/** Version of the output contract (semver). Kept apart from the zod schema so parsing never loads zod. */
export const schemaVersion = '1.0.0';
