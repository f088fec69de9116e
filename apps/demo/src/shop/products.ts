export interface Product {
  id: string;
  name: { en: string; pl: string };
  price: number;
  art: 'mug' | 'kettle' | 'towel' | 'beans' | 'plant' | 'candle';
  hue: number;
}

export const PRODUCTS: readonly Product[] = [
  { id: 'mug', name: { en: 'Stoneware mug', pl: 'Kubek z kamionki' }, price: 59, art: 'mug', hue: 22 },
  { id: 'kettle', name: { en: 'Pour-over kettle', pl: 'Czajnik do przelewu' }, price: 249, art: 'kettle', hue: 200 },
  { id: 'towel', name: { en: 'Linen tea towel', pl: 'Lniana ściereczka' }, price: 45, art: 'towel', hue: 145 },
  { id: 'beans', name: { en: 'Single-origin beans', pl: 'Kawa jednorodna' }, price: 69, art: 'beans', hue: 30 },
  { id: 'plant', name: { en: 'Desk fern', pl: 'Paproć na biurko' }, price: 89, art: 'plant', hue: 110 },
  { id: 'candle', name: { en: 'Beeswax candle', pl: 'Świeca z wosku' }, price: 39, art: 'candle', hue: 45 },
];
