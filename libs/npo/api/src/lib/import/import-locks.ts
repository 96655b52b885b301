/** Advisory-lock key held for the whole of an import transaction: one import at a time. */
export const NPO_IMPORT_LOCK = 0x4e504f31; // "NPO1"
