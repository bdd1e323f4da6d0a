/** Words that mark a non-governmental organization ("the company", "Coresight Research"). */
export const organizations = [
  'airlines', 'airways', 'alliance', 'associates', 'association', 'bank', 'brands', 'brokerage',
  'business', 'capital', 'center', 'centre', 'chain', 'chamber', 'chemicals', 'co', 'coalition',
  'college', 'companies', 'company', 'consortium', 'corp', 'corporation', 'council', 'federation',
  'firm', 'foods', 'foundation', 'group', 'holdings', 'inc', 'industries', 'institute',
  'institution', 'insurance', 'international', 'investments', 'laboratories', 'labs', 'llc', 'ltd',
  'maker', 'manufacturer', 'motors', 'network', 'partners', 'pharmaceuticals', 'plc', 'retailer',
  'sachs', 'school', 'securities', 'service', 'services', 'society', 'startup', 'store', 'studios',
  'systems', 'technologies', 'trust', 'union', 'university', 'ventures', 'watch',
] as const;

/** Written before an organization's own name: "Bank Mandiri Royke Tumilaar" is Royke
 * Tumilaar of Bank Mandiri. */
export const namePrefixes = [
  'bank', 'university',
] as const;
