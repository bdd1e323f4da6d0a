/** Words that mark a non-governmental organization ("the company", "Northwind Research"). */
export const organizations = [
  'academy', 'airlines', 'airways', 'alliance', 'apparel', 'associates', 'association', 'bancorp',
  'band', 'bank', 'banks', 'biosciences', 'biotech', 'brands', 'brewing', 'brokerage', 'business',
  'campaign', 'capital', 'carrier', 'center', 'centre', 'chain', 'chamber', 'charity', 'chemicals',
  'church', 'clinic', 'club', 'co', 'coalition', 'college', 'committee', 'communications',
  'companies', 'company', 'consortium', 'corp', 'corporation', 'council', 'electronics',
  'entertainment', 'faction', 'federation', 'firm', 'firms', 'foods', 'foundation', 'group',
  'groups', 'holdings', 'hospital', 'hotels', 'inc', 'industries', 'institute', 'institution',
  'insurance', 'international', 'investments', 'laboratories', 'labs', 'llc', 'logistics', 'ltd',
  'maker', 'manufacturer', 'mining', 'monitor', 'motors', 'museum', 'network', 'observatory',
  'operator', 'organisation', 'organization', 'partners', 'petroleum', 'pharma', 'pharmaceuticals',
  'plc', 'properties', 'realty', 'resorts', 'resources', 'retailer', 'robotics', 'school',
  'securities', 'semiconductor', 'semiconductors', 'service', 'services', 'society', 'software',
  'startup', 'state university', 'steel', 'store', 'studios', 'systems', 'team', 'technologies',
  'telecom', 'textiles', 'therapeutics', 'trust', 'union', 'university', 'utilities', 'utility',
  'ventures', 'watch', 'watchdog', 'zoo',
] as const;

/** Written before an organization's own name: "Bank Mandiri Royke Tumilaar" is Royke
 * Tumilaar of Bank Mandiri. */
export const namePrefixes = [
  'bank', 'university',
] as const;

/** Words joining the last item of a list inside one institution's name ("the Institute of
 * Science, Technology and Policy (ISTP)"). */
export const nameListJoiners = [
  '&', 'and',
] as const;
