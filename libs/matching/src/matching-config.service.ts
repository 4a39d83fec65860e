import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRole, RegionAccess, Role, Transactions } from '@wsp/platform';
import { MatchingConfiguration, UpdateMatchingConfigInput } from './dto/matching-config.models';
import { MatchingConfig } from './engine/matching-config';
import { MatchingConfigRepository } from './matching-config.repository';
import { mergeMatchingConfig, MatchingSettings } from './engine/region-config';

/** Each region's matching weights and policy; what a region does not set stays at the documented default. */
@Injectable()
export class MatchingConfigService {
  constructor(
    private readonly transactions: Transactions,
    private readonly stored: MatchingConfigRepository,
  ) {}

  async forRegion(regionCode: string): Promise<MatchingConfig> {
    return (await this.load(regionCode)).config;
  }

  async get(actor: Actor, regionCode: string): Promise<MatchingConfiguration> {
    RegionAccess.assertCanRead(actor, regionCode, 'Region');
    const { config, version } = await this.load(regionCode);
    return { regionCode, version, ...config };
  }

  /** By an admin of a partner organisation of the region; a stale version is a CONFLICT. */
  async update(actor: Actor, input: UpdateMatchingConfigInput): Promise<MatchingConfiguration> {
    RegionAccess.assertCanRead(actor, input.regionCode, 'Region');
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only administrators change matching weights');
    const { regionCode, version, ...changes } = input;
    await this.transactions.withTransaction(async () => {
      const current = await this.load(regionCode, true);
      if (current.version !== version) {
        throw DomainError.conflict('The matching configuration was changed by someone else; reload and try again', {
          currentVersion: current.version,
        });
      }
      const settings = withChanges(current.settings, changes);
      await this.stored.save(regionCode, settings, actor.userId);
    });
    return this.get(actor, regionCode);
  }

  /** The region's configuration now, and as it would be with `changes` (validated as a save would): nothing saved. */
  async withChangesPreviewed(
    actor: Actor,
    input: UpdateMatchingConfigInput,
  ): Promise<{ current: MatchingConfig; edited: MatchingConfig }> {
    RegionAccess.assertCanRead(actor, input.regionCode, 'Region');
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only administrators change matching weights');
    const { regionCode, version: _version, ...changes } = input;
    const current = await this.load(regionCode);
    return { current: current.config, edited: mergeMatchingConfig(withChanges(current.settings, changes)) };
  }

  private async load(regionCode: string, lock = false) {
    const row = await this.stored.settings(regionCode, lock);
    const settings = row?.settings ?? {};
    return { settings, version: row?.version ?? 0, config: mergeMatchingConfig(settings) };
  }
}

function withChanges(settings: MatchingSettings, changes: Omit<UpdateMatchingConfigInput, 'regionCode' | 'version'>) {
  return { ...settings, ...changes, weights: { ...settings.weights, ...changes.weights } } as MatchingSettings;
}
