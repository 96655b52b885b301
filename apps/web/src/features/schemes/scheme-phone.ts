/** A tel: link's target: the digits only (093-000-2150 → tel:0930002150). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
