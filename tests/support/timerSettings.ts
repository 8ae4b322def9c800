// Timer settings shared by the worker's unit tests and the e2e suite (a plain module: the e2e suite
// loads no fake browser).

/** C H C of 10 minutes each, no heads-ups and no pack-change time: every alert is a phase change. */
export const oneRoundNoHeadsUps = {
  coldMinutes: 10,
  hotMinutes: 10,
  rounds: 1,
  swapSeconds: 0,
  hotReadyMinutes: 0,
  endsSoonSeconds: 0,
};
