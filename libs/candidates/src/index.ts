export * from './candidate-profile.service';
export * from './candidates.module';
export * from './dto/candidate-profile.inputs';
export * from './dto/candidate-profile.models';
export * from './entities/candidate-profile.entity';
export * from './profile-rules';
export * from './candidate-access';
export * from './client-reference-report';
