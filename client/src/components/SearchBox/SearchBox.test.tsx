import { act, fireEvent, render, screen } from '@testing-library/react';
import { installFakeServer } from '../../test/fakeServer';
import { hezbollah, houthis, qods, scriptActor, searchResult } from '../../test/fixtures';
import { SearchBox } from './SearchBox';

const CATALOGUE = [hezbollah, houthis, qods, scriptActor].map((a) => searchResult(a));

function serve() {
  return installFakeServer({
    SearchActors: ({ query }) => ({
      searchActors: CATALOGUE.filter((a) =>
        [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(String(query).toLowerCase())),
      ),
    }),
  });
}

function type(text: string) {
  const input = screen.getByTestId('search-input');
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe('SearchBox', () => {
  it('suggests matching actors as you type, after a pause, with one request', async () => {
    const server = serve();
    render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={50} />);
    type('h');
    type('hu');
    type('hou');
    const options = await screen.findAllByTestId('search-option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Houthis')]);
    expect(server.calls.filter((c) => c.operationName === 'SearchActors')).toHaveLength(1);
    expect(server.calls[0]?.variables).toMatchObject({ query: 'hou', first: 8 });
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox')).toBeVisible();
  });

  it('moves with the arrows and picks with Enter', async () => {
    serve();
    const onSelect = jest.fn();
    render(<SearchBox label="Search" onSelect={onSelect} debounceMs={10} />);
    const input = type('qods');
    await screen.findByText('Qods Force');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const option = screen.getByRole('option', { name: /Qods Force/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'irgc-qods-force' }));
    expect(input).toHaveValue('');
  });

  it('wraps around with ArrowUp and picks the first with a plain Enter', async () => {
    serve();
    const onSelect = jest.fn();
    render(<SearchBox label="Search" onSelect={onSelect} debounceMs={10} />);
    const input = type('h');
    fireEvent.change(input, { target: { value: 'h ' } });
    type('ho');
    await screen.findAllByTestId('search-option');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option').at(-1)).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).not.toHaveAttribute('aria-activedescendant');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'houthis' }));
  });

  it('asks nothing below two characters', () => {
    jest.useFakeTimers();
    try {
      const server = serve();
      render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={10} />);
      type('h');
      // Well past the debounce, on the fake clock: a request would have gone out.
      act(() => jest.advanceTimersByTime(1000));
      expect(screen.queryAllByTestId('search-option')).toHaveLength(0);
      expect(server.calls).toHaveLength(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    serve();
    render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={10} />);
    const input = type('hez');
    await screen.findAllByTestId('search-option');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryAllByTestId('search-option')).toHaveLength(0);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('');
  });

  it('picks with the mouse', async () => {
    serve();
    const onSelect = jest.fn();
    render(<SearchBox label="Search" onSelect={onSelect} debounceMs={10} />);
    type('hez');
    fireEvent.click(await screen.findByTestId('search-option'));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'hezbollah' }));
  });

  it('renders a name made of markup as literal text', async () => {
    serve();
    const { container } = render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={10} />);
    type('img');
    const option = await screen.findByTestId('search-option');
    expect(option).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.suggestions img')).toBeNull();
  });

  it('says when nothing matches and when the server is down', async () => {
    const server = serve();
    render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={10} />);
    type('zzz');
    expect(await screen.findByText(/No actor matches/)).toBeInTheDocument();
    server.setDown(true);
    type('zzzz');
    expect(await screen.findByTestId('error-banner')).toHaveTextContent(/cannot reach the server/i);
    server.setDown(false);
    await act(async () => fireEvent.click(screen.getByTestId('retry')));
    expect(await screen.findByText(/No actor matches/)).toBeInTheDocument();
  });

  it('keeps suggestions up while the query grows, but not after a new start', async () => {
    serve();
    render(<SearchBox label="Search" onSelect={jest.fn()} debounceMs={30} />);
    type('hou');
    await screen.findByText('Houthis');
    type('hout');
    expect(screen.getByText('Houthis')).toBeInTheDocument();
    type('qods');
    expect(screen.queryByText('Houthis')).toBeNull();
    expect(await screen.findByText('Qods Force')).toBeInTheDocument();
  });
});
