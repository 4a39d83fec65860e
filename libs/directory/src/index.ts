export * from './directory.module';
export * from './demo-seed.service';
export * from './demo-user.repository';
export * from './dto/directory.models';
export * from './organisation.service';
export * from './user.service';
export * from './region-setup.repository';
export * from './actor-directory.service';
