import { AppMetrics, MAX_OPERATION_NAMES } from './app-metrics';

describe('AppMetrics operation labels', () => {
  it('keeps client-chosen operation names from growing the metric without bound', () => {
    const metrics = new AppMetrics();
    const label = (name: string | undefined) => {
      const request = {};
      metrics.recordOperation(request, name, 'query');
      return metrics.operationOf(request)?.name;
    };
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) expect(label(`Screen${i}`)).toBe(`Screen${i}`);
    expect(label('OneTooMany')).toBe('other');
    expect(label('Screen7')).toBe('Screen7'); // names already seen keep their label
    expect(label(undefined)).toBe('anonymous');
    expect(label('x'.repeat(65))).toBe('other');
  });
});
