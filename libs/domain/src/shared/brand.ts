/** A nominal type: a string that the compiler will not confuse with another id. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

export type EnquiryId = Brand<string, 'EnquiryId'>;
export type FosteringServiceId = Brand<string, 'FosteringServiceId'>;
/** ONS GSS code of an upper-tier council with children's services (E06/E08/E09/E10). */
export type CouncilCode = Brand<string, 'CouncilCode'>;
/** ONS GSS code of an English region (E12). */
export type RegionCode = Brand<string, 'RegionCode'>;
