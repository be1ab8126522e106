import { describe, expect, it } from 'vitest'
import { numberFromText, percentText, shareFromPercent, shownFigure } from './figure-text'

describe('figures as staff type them', () => {
  it('reads numbers with thousands separators and spaces', () => {
    expect(numberFromText(' 48 ')).toBe(48)
    expect(numberFromText('1,200')).toBe(1200)
    expect(numberFromText('12.5')).toBe(12.5)
    expect(numberFromText('')).toBeUndefined()
    expect(numberFromText('   ')).toBeUndefined()
  })

  it('hands on what is no number, so that the schema refuses it in its words', () => {
    expect(numberFromText('about 40')).toBe('about 40')
    expect(numberFromText('1,20')).toBe('1,20')
    expect(numberFromText('4e3')).toBe('4e3')
  })

  it('reads shares as percentages for people and stores them as fractions', () => {
    expect(shareFromPercent('85')).toBe(0.85)
    expect(shareFromPercent('85 %')).toBe(0.85)
    expect(shareFromPercent('70%')).toBeCloseTo(0.7, 12)
    expect(shareFromPercent('')).toBeUndefined()
    expect(shareFromPercent('most')).toBe('most')
    expect(percentText(0.85)).toBe('85')
    expect(percentText(0.7)).toBe('70')
    expect(percentText(2 / 3)).toBe('66.7')
    expect(percentText(undefined)).toBe('')
    expect(shareFromPercent(percentText(0.57))).toBeCloseTo(0.57, 12)
  })

  it('shows figures rounded for reading only', () => {
    expect(shownFigure(1234.567)).toBe('1,234.6')
    expect(shownFigure(null)).toBe('—')
    expect(shownFigure(0.958, 2)).toBe('0.96')
  })
})
