import type { Area } from "../../model/area.js";

// The CBS indeling of 2024 for GM0482 and the buurt figures of "Kerncijfers wijken en buurten
// 2024" (StatLine table 85984NED, figures on 1 January 2024, CC BY 4.0), as in
// data/alblasserdam-areas-2024.csv; test/presets/alblasserdam.test.ts compares the two.
// CBS rounds these counts to multiples of 5, so the buurt figures need not add up, and a 0 can
// stand for 1 or 2. Codes and names are CBS's, spelling included ("kerkbuurt").
export const areas: Area[] = [
  // The extract holds no figures for the gemeente and the wijken, and the rounded buurt figures
  // are not summed into theirs: a sum of rounded counts is not a CBS figure.
  { id: "GM0482", kind: "gemeente", name: "Alblasserdam" },
  { id: "WK048201", kind: "wijk", name: "Wijk 01 Centrum", parent: "GM0482" },
  { id: "WK048202", kind: "wijk", name: "Wijk 02 Kinderdijk", parent: "GM0482" },
  { id: "WK048203", kind: "wijk", name: "Wijk 03 Blokweer", parent: "GM0482" },
  { id: "WK048204", kind: "wijk", name: "Wijk 04 Souburgh", parent: "GM0482" },
  { id: "WK048205", kind: "wijk", name: "Wijk 05 Bedrijventerrein", parent: "GM0482" },
  { id: "WK048206", kind: "wijk", name: "Wijk 06 Landelijk gebied", parent: "GM0482" },
  // Wijk 01 Centrum
  {
    id: "BU04820101", kind: "buurt", name: "Cortgene", parent: "WK048201",
    figures: { inhabitants: 980, households: 430, householdsWithChildren: 135, age0to14: 165, age15to24: 125, age25to44: 155, age45to64: 250, age65plus: 290 },
  },
  {
    id: "BU04820102", kind: "buurt", name: "Redersbuurt", parent: "WK048201",
    figures: { inhabitants: 635, households: 365, householdsWithChildren: 70, age0to14: 85, age15to24: 45, age25to44: 140, age45to64: 155, age65plus: 215 },
  },
  {
    id: "BU04820103", kind: "buurt", name: "kerkbuurt", parent: "WK048201",
    figures: { inhabitants: 1590, households: 660, householdsWithChildren: 260, age0to14: 325, age15to24: 190, age25to44: 455, age45to64: 380, age65plus: 230 },
  },
  {
    id: "BU04820104", kind: "buurt", name: "Polderbuurt", parent: "WK048201",
    figures: { inhabitants: 525, households: 195, householdsWithChildren: 90, age0to14: 95, age15to24: 70, age25to44: 120, age45to64: 165, age65plus: 75 },
  },
  {
    id: "BU04820105", kind: "buurt", name: "De Werven", parent: "WK048201",
    figures: { inhabitants: 1205, households: 505, householdsWithChildren: 170, age0to14: 230, age15to24: 95, age25to44: 240, age45to64: 245, age65plus: 390 },
  },
  // Wijk 02 Kinderdijk
  {
    id: "BU04820201", kind: "buurt", name: "Dijk", parent: "WK048202",
    figures: { inhabitants: 620, households: 230, householdsWithChildren: 95, age0to14: 130, age15to24: 85, age25to44: 120, age45to64: 175, age65plus: 120 },
  },
  {
    id: "BU04820202", kind: "buurt", name: "Vogelbuurt", parent: "WK048202",
    figures: { inhabitants: 1215, households: 565, householdsWithChildren: 200, age0to14: 210, age15to24: 120, age25to44: 365, age45to64: 345, age65plus: 175 },
  },
  {
    id: "BU04820203", kind: "buurt", name: "Waterland", parent: "WK048202",
    figures: { inhabitants: 440, households: 180, householdsWithChildren: 70, age0to14: 45, age15to24: 65, age25to44: 85, age45to64: 160, age65plus: 85 },
  },
  {
    id: "BU04820204", kind: "buurt", name: "Groene Long", parent: "WK048202",
    figures: { inhabitants: 15, households: 5, householdsWithChildren: 0, age0to14: 0, age15to24: 0, age25to44: 0, age45to64: 5, age65plus: 0 },
  },
  {
    id: "BU04820205", kind: "buurt", name: "Rivierenbuurt", parent: "WK048202",
    figures: { inhabitants: 925, households: 415, householdsWithChildren: 140, age0to14: 185, age15to24: 115, age25to44: 230, age45to64: 225, age65plus: 170 },
  },
  {
    id: "BU04820206", kind: "buurt", name: "Nieuw Kinderdijk", parent: "WK048202",
    figures: { inhabitants: 590, households: 200, householdsWithChildren: 125, age0to14: 130, age15to24: 110, age25to44: 175, age45to64: 155, age65plus: 20 },
  },
  // Wijk 03 Blokweer
  {
    id: "BU04820301", kind: "buurt", name: "Zeelt", parent: "WK048203",
    figures: { inhabitants: 910, households: 360, householdsWithChildren: 160, age0to14: 120, age15to24: 130, age25to44: 190, age45to64: 295, age65plus: 170 },
  },
  {
    id: "BU04820302", kind: "buurt", name: "Middelland", parent: "WK048203",
    figures: { inhabitants: 570, households: 215, householdsWithChildren: 100, age0to14: 85, age15to24: 70, age25to44: 125, age45to64: 190, age65plus: 100 },
  },
  {
    id: "BU04820303", kind: "buurt", name: "Blokweer Noord", parent: "WK048203",
    figures: { inhabitants: 950, households: 385, householdsWithChildren: 160, age0to14: 165, age15to24: 120, age25to44: 205, age45to64: 245, age65plus: 215 },
  },
  {
    id: "BU04820304", kind: "buurt", name: "Blokweer Zuid", parent: "WK048203",
    figures: { inhabitants: 775, households: 310, householdsWithChildren: 120, age0to14: 145, age15to24: 80, age25to44: 170, age45to64: 210, age65plus: 165 },
  },
  {
    id: "BU04820305", kind: "buurt", name: "Drentsebuurt", parent: "WK048203",
    figures: { inhabitants: 905, households: 385, householdsWithChildren: 135, age0to14: 160, age15to24: 105, age25to44: 180, age45to64: 245, age65plus: 215 },
  },
  {
    id: "BU04820306", kind: "buurt", name: "Florabuurt", parent: "WK048203",
    figures: { inhabitants: 1595, households: 640, householdsWithChildren: 280, age0to14: 330, age15to24: 180, age25to44: 420, age45to64: 400, age65plus: 265 },
  },
  {
    id: "BU04820307", kind: "buurt", name: "Staatsliedenbuurt", parent: "WK048203",
    figures: { inhabitants: 1680, households: 730, householdsWithChildren: 295, age0to14: 360, age15to24: 200, age25to44: 555, age45to64: 380, age65plus: 180 },
  },
  // Wijk 04 Souburgh
  {
    id: "BU04820401", kind: "buurt", name: "Schildersbuurt", parent: "WK048204",
    figures: { inhabitants: 1275, households: 545, householdsWithChildren: 165, age0to14: 225, age15to24: 125, age25to44: 210, age45to64: 305, age65plus: 415 },
  },
  {
    id: "BU04820402", kind: "buurt", name: "Schrijversbuurt", parent: "WK048204",
    figures: { inhabitants: 1590, households: 620, householdsWithChildren: 275, age0to14: 330, age15to24: 210, age25to44: 335, age45to64: 395, age65plus: 320 },
  },
  {
    id: "BU04820403", kind: "buurt", name: "Klein Alblas", parent: "WK048204",
    figures: { inhabitants: 460, households: 125, householdsWithChildren: 95, age0to14: 120, age15to24: 75, age25to44: 105, age45to64: 140, age65plus: 15 },
  },
  {
    id: "BU04820404", kind: "buurt", name: "Oranjebuurt", parent: "WK048204",
    figures: { inhabitants: 500, households: 225, householdsWithChildren: 50, age0to14: 55, age15to24: 35, age25to44: 80, age45to64: 75, age65plus: 260 },
  },
  // Wijk 05 Bedrijventerrein
  {
    id: "BU04820501", kind: "buurt", name: "Vinkenwaard", parent: "WK048205",
    figures: { inhabitants: 135, households: 115, householdsWithChildren: 5, age0to14: 10, age15to24: 35, age25to44: 65, age45to64: 25, age65plus: 5 },
  },
  // CBS published no figures for this buurt: they stay absent, never 0.
  { id: "BU04820502", kind: "buurt", name: "Hoogendijk", parent: "WK048205" },
  {
    id: "BU04820503", kind: "buurt", name: "Nieuwland", parent: "WK048205",
    figures: { inhabitants: 25, households: 15, householdsWithChildren: 5, age0to14: 5, age15to24: 5, age25to44: 5, age45to64: 10, age65plus: 0 },
  },
  // Wijk 06 Landelijk gebied
  // CBS published no figures for this buurt: they stay absent, never 0.
  { id: "BU04820601", kind: "buurt", name: "Polder Blokweer", parent: "WK048206" },
  {
    id: "BU04820602", kind: "buurt", name: "Polder Kortland", parent: "WK048206",
    figures: { inhabitants: 50, households: 15, householdsWithChildren: 10, age0to14: 10, age15to24: 15, age25to44: 10, age45to64: 20, age65plus: 5 },
  },
  {
    id: "BU04820603", kind: "buurt", name: "Polder Souburgh", parent: "WK048206",
    figures: { inhabitants: 30, households: 15, householdsWithChildren: 5, age0to14: 0, age15to24: 5, age25to44: 5, age45to64: 10, age65plus: 10 },
  },
  {
    id: "BU04820604", kind: "buurt", name: "Polder Vinkenwaard", parent: "WK048206",
    figures: { inhabitants: 130, households: 40, householdsWithChildren: 25, age0to14: 25, age15to24: 35, age25to44: 35, age45to64: 35, age65plus: 10 },
  },
];
