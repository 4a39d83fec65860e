export * from './dto/employer.models';
export * from './employer.service';
export * from './employers.module';
export * from './entities/employer.entity';
export * from './dto/employer.inputs';
export * from './entities/employer-contact.entity';
