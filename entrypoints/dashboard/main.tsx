import { render } from 'preact';
import '@/components/page.css';
import { DashboardApp } from './DashboardApp';

render(<DashboardApp />, document.getElementById('app')!);
