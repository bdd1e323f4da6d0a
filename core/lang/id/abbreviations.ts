/** Words written with a final dot that do not end an Indonesian sentence. */
export const abbreviations = [
  'bpk', 'dg', 'dkk', 'dr', 'drs', 'gg', 'h', 'hj', 'ir', 'jl', 'jln', 'kab', 'kec', 'kh', 'kol',
  'letjen', 'm.h', 'm.m', 'm.pd', 'm.si', 'm.t', 'mayjen', 'no', 'ny', 'plh', 'plt', 'pol', 'prof',
  's.ag', 's.e', 's.h', 's.pd', 's.sos', 's.t', 'sdr', 'tbk', 'tn', 'u.s', 'yth',
] as const;
