/** The world knowledge entity finding and resolution use, passed in so the core stays pure. */
export interface Knowledge {
  country(name: string): { name: string; matchedAs: string } | undefined;
  organization(name: string): { name: string; aliases: string[] } | undefined;
}
