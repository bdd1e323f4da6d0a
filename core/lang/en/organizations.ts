/** Words that mark a non-governmental organization ("the company", "Coresight Research"). */
export const organizations = [
  'airlines', 'alliance', 'association', 'bank', 'brands', 'brokerage', 'business', 'center',
  'centre', 'chain', 'co', 'coalition', 'college', 'companies', 'company', 'corp', 'corporation',
  'council', 'firm', 'foods', 'foundation', 'group', 'holdings', 'inc', 'industries', 'institute',
  'institution', 'laboratories', 'labs', 'llc', 'ltd', 'maker', 'manufacturer', 'motors',
  'network', 'partners', 'research', 'retailer', 'school', 'society', 'startup', 'store',
  'systems', 'technologies', 'union', 'university',
] as const;
