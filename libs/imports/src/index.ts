export * from './csv-reader';
export * from './dto/import.models';
export * from './imports.module';
export * from './employer-import.job';
