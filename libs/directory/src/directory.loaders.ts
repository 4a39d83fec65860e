import { Injectable } from '@nestjs/common';
import { batchLoader, byKeys, RequestLoaders } from '@wsp/platform';
import DataLoader from 'dataloader';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { OrganisationService } from './organisation.service';
import { UserService } from './user.service';

/** The directory's loaders of one request: every library's screens name people and organisations through them. */
export interface DirectoryRequestLoaders {
  userById: DataLoader<string, UserEntity | undefined>;
  organisationById: DataLoader<string, OrganisationEntity | undefined>;
  regionCodesOf: DataLoader<string, string[]>;
  municipalityCodesOf: DataLoader<string, string[]>;
}

@Injectable()
export class DirectoryLoaders extends RequestLoaders<DirectoryRequestLoaders> {
  constructor(
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
  ) {
    super();
  }

  protected create(): DirectoryRequestLoaders {
    return {
      userById: batchLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.users.findByIds(ids), (user) => user.id),
      ),
      organisationById: batchLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.organisations.findByIds(ids), (organisation) => organisation.id),
      ),
      regionCodesOf: batchLoader(async (ids: readonly string[]) => {
        const codes = await this.organisations.regionCodesOf(ids);
        return ids.map((id) => codes.get(id) ?? []);
      }),
      municipalityCodesOf: batchLoader(async (ids: readonly string[]) => {
        const codes = await this.organisations.municipalityCodesOf(ids);
        return ids.map((id) => codes.get(id) ?? []);
      }),
    };
  }
}
