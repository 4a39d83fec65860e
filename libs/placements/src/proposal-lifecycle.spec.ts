import { DomainError } from '@wsp/platform';
import { assertProposalTransition, isOpenProposal, ProposalStatus as S } from './proposal-lifecycle';

describe('proposal lifecycle', () => {
  it.each([
    [S.PROPOSED, S.INTRODUCED],
    [S.INTRODUCED, S.INTERVIEW],
    [S.INTERVIEW, S.PLACED],
    [S.INTRODUCED, S.PLACED],
    [S.PROPOSED, S.REJECTED],
    [S.INTERVIEW, S.WITHDRAWN],
  ])('allows %s -> %s', (from, to) => {
    expect(() => assertProposalTransition(from, to)).not.toThrow();
  });

  it.each([
    [S.PROPOSED, S.PLACED],
    [S.PROPOSED, S.INTERVIEW],
    [S.PLACED, S.REJECTED],
    [S.REJECTED, S.PROPOSED],
    [S.WITHDRAWN, S.INTRODUCED],
    [S.INTERVIEW, S.INTRODUCED],
  ])('refuses %s -> %s', (from, to) => {
    expect(() => assertProposalTransition(from, to)).toThrow(DomainError);
  });

  it('knows which proposals are still open', () => {
    expect([S.PROPOSED, S.INTRODUCED, S.INTERVIEW, S.PLACED, S.REJECTED, S.WITHDRAWN].map(isOpenProposal)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
