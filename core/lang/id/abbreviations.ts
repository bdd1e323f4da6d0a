/** Words written with a final dot that do not end an Indonesian sentence. */
export const abbreviations = [
  'bpk', 'dg', 'dkk', 'dr', 'drs', 'gg', 'h', 'hj', 'ir', 'jl', 'jln', 'kab', 'kec', 'kh', 'kol',
  'letjen', 'mayjen', 'no', 'ny', 'prof', 'sdr', 'tn', 'u.s', 'yth',
] as const;
