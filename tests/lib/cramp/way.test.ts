import { describe, expect, it } from 'vitest';
import {
  chooseWay,
  crampNowSettingsStorage,
  crampWays,
  defaultCrampWay,
  normalizeCrampNowSettings,
} from '@/lib/cramp/way';
import { muscleGroupList, muscleGroups } from '@/lib/muscles/data';

describe('the way of tightening the opposite muscle', () => {
  it('shows the default way, marked as not yet chosen, until the person picks one', () => {
    const chosen = chooseWay(muscleGroups.calf, {});
    expect(chosen).toEqual({
      way: defaultCrampWay,
      instruction: muscleGroups.calf.activation?.selfSeated,
      remembered: false,
    });
  });

  it('shows the remembered way for every group that has a home method', () => {
    for (const group of muscleGroupList) {
      for (const way of crampWays) {
        const chosen = chooseWay(group, { way });
        if (!group.activation) {
          expect(chosen, group.id).toBeNull();
          continue;
        }
        expect(chosen?.way).toBe(way);
        expect(chosen?.remembered).toBe(true);
        expect(chosen?.instruction).toBe(group.activation[way]);
        // Every instruction is sourced, or marked as general anatomy with no source found.
        const instruction = chosen?.instruction;
        expect(
          (instruction?.sources.length ?? 0) > 0 || instruction?.generalAnatomy === true,
          `${group.id} ${way}`,
        ).toBe(true);
      }
    }
  });

  it('has no home method for the ribcage: its safety guidance stands instead', () => {
    expect(chooseWay(muscleGroups.ribcage, { way: 'caregiver' })).toBeNull();
  });

  it('caregiver instructions carry the caregiver rule’s source', () => {
    expect(chooseWay(muscleGroups.hand_intrinsics, { way: 'caregiver' })?.instruction.sources).toContain(
      'S41',
    );
  });
});

describe('Cramp now settings', () => {
  it('reads a stored way and treats anything unreadable as not chosen', () => {
    expect(normalizeCrampNowSettings({ way: 'selfLying' })).toEqual({ way: 'selfLying' });
    expect(normalizeCrampNowSettings({ way: 'standing' })).toEqual({});
    expect(normalizeCrampNowSettings({ way: 3, other: true })).toEqual({});
    expect(normalizeCrampNowSettings(null)).toEqual({});
    expect(normalizeCrampNowSettings(['caregiver'])).toEqual({});
  });

  it('is remembered in sync storage and starts empty', async () => {
    expect(await crampNowSettingsStorage.getValue()).toEqual({});
    await crampNowSettingsStorage.setValue({ way: 'caregiver' });
    expect(normalizeCrampNowSettings(await crampNowSettingsStorage.getValue())).toEqual({ way: 'caregiver' });
  });
});
