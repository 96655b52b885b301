/** The column names docs/open-data.md documents, written out by hand: the files must keep them, in this order. */
export const HELPER_COLUMNS_FOR_TEST = [
  'id',
  'kind',
  'kind_name',
  'status',
  'name',
  'name_kana',
  'corporate_number',
  'ward',
  'postal_code',
  'address',
  'purpose',
  'fields',
  'field_names',
  'areas',
  'help_kinds',
  'help_kind_names',
  'website',
  'contact',
  'page_url',
  'updated_at',
];

export const NEEDS_COLUMNS_FOR_TEST = [
  'month',
  'ward',
  'field',
  'field_name',
  'needs_published',
  'needs_with_offer',
  'needs_matched',
  'needs_done',
];
