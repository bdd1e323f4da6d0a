/** Words that mark a non-governmental organization ("the company", "Coresight Research"). */
export const organizations = [
  'airlines', 'alliance', 'association', 'bank', 'brands', 'brokerage', 'business', 'center',
  'centre', 'chain', 'chamber', 'co', 'coalition', 'college', 'companies', 'company', 'consortium',
  'corp', 'corporation', 'council', 'federation', 'firm', 'foods', 'foundation', 'group',
  'holdings', 'inc', 'industries', 'institute', 'institution', 'laboratories', 'labs', 'llc',
  'ltd', 'maker', 'manufacturer', 'motors', 'network', 'partners', 'retailer', 'school', 'society',
  'startup', 'store', 'studios', 'systems', 'technologies', 'trust', 'union', 'university',
] as const;

/** Written before an organization's own name: "Bank Mandiri Royke Tumilaar" is Royke
 * Tumilaar of Bank Mandiri. */
export const namePrefixes = [
  'bank', 'university',
] as const;
