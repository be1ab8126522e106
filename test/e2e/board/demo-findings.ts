// What the analysis of the demo set under the demo region's context says, per occupation.
/** The demo set's figures worked out by hand from electron/cli/demo-data.ts and the demo context. */
export const DEMO_FINDINGS = [
  {
    name: 'Respiratory therapists',
    published: '0.34, severe shortage',
    employers: '0.96, balanced',
  },
  {
    name: 'Radiologic technologists',
    published: '0.24, severe shortage',
    employers: '0.96, balanced',
  },
  {
    name: 'Surgical technologists',
    published: '0.27, severe shortage',
    employers: '0.98, balanced',
  },
  {
    name: 'Clinical laboratory technologists and technicians',
    published: '0.16, severe shortage',
    employers: '0.74, shortage',
  },
] as const
