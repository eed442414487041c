<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../ui/about_dialog.py" line="236" />
      <source>About Ippo</source>
      <translation>Ippo について</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="237" />
      <source>About</source>
      <translation>情報</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="238" />
      <source>Licences</source>
      <translation>ライセンス</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="239" />
      <source>Version %1</source>
      <translation>バージョン %1</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="242" />
      <source>Runs career-ownership workshops: the stage clock, the projector, the worksheets and the one-page sheets. Works offline.</source>
      <translation>キャリアオーナーシップ研修の進行を支えます。ステージの時計、プロジェクター表示、ワークシート、1 枚シート。オフラインで動きます。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="246" />
      <source>Runs on:</source>
      <translation>実行環境：</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="247" />
      <source>Data folder:</source>
      <translation>データフォルダー：</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="248" />
      <source>Mode:</source>
      <translation>モード：</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="249" />
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="252" />
      <source>The folder does not exist yet.</source>
      <translation>このフォルダーはまだありません。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="254" />
      <source>Portable: the data stays beside the app (for a USB stick).</source>
      <translation>ポータブル：データはアプリと同じ場所に保存されます（USB メモリー用）。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="256" />
      <source>Installed: the data stays in this user's folder.</source>
      <translation>インストール：データはこのユーザーのフォルダーに保存されます。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="258" />
      <source>Component</source>
      <translation>コンポーネント</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="258" />
      <source>Version</source>
      <translation>バージョン</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="258" />
      <source>Licence</source>
      <translation>ライセンス</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="262" />
      <source>The list of bundled components could not be read (%1). Reinstall Ippo.</source>
      <translation>同梱コンポーネントの一覧を読み込めませんでした（%1）。Ippo を入れ直してください。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="267" />
      <source>Ippo bundles these components. Qt and PySide6 are used under the GNU LGPL version 3 and can be replaced; the IPAex fonts are shipped unmodified under the IPA Font License. Choose a component to read its licence.</source>
      <translation>Ippo には次のコンポーネントが同梱されています。Qt と PySide6 は GNU LGPL バージョン 3 に基づいて使用しており、差し替えることができます。IPAex フォントは IPA フォントライセンスに基づき、改変せずに同梱しています。コンポーネントを選ぶとライセンスを表示します。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="286" />
      <source>The folder could not be opened. Copy its path from the box above.</source>
      <translation>フォルダーを開けませんでした。上の欄からパスをコピーしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="310" />
      <source>No licence text was found for this component.</source>
      <translation>このコンポーネントのライセンス文は見つかりませんでした。</translation>
    </message>
    <message>
      <location filename="../../ui/about_dialog.py" line="315" />
      <source>The licence text %1 is missing. Reinstall Ippo.</source>
      <translation>ライセンス文 %1 がありません。Ippo を入れ直してください。</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../ui/actions.py" line="28" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="29" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="30" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="34" />
      <source>&amp;New workshop…</source>
      <translation>新しいワークショップ(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="36" />
      <source>D&amp;uplicate workshop</source>
      <translation>ワークショップを複製(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>De&amp;lete workshop…</source>
      <translation>ワークショップを削除(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>&amp;Run the workshop…</source>
      <translation>ワークショップを進行(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>&amp;Kiosk for this participant…</source>
      <translation>この参加者のキオスク画面(&amp;K)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Preview this participant's sheet…</source>
      <translation>この参加者のシートをプレビュー(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>Print &amp;sheets…</source>
      <translation>シートを印刷(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="48" />
      <source>&amp;Export…</source>
      <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="50" />
      <source>&amp;Import an archive…</source>
      <translation>アーカイブを取り込む(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>Open the &amp;sample workshop</source>
      <translation>サンプル・ワークショップを開く(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>Save agenda as &amp;template…</source>
      <translation>アジェンダをテンプレートとして保存(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>&amp;Back up now</source>
      <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>&amp;Redo</source>
      <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;About Ippo</source>
      <translation>Ippo について(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <location filename="../../ui/agenda_commands.py" line="51" />
      <source>Rename stage</source>
      <translation>ステージ名の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="52" />
      <source>Change stage kind</source>
      <translation>ステージの種類の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="53" />
      <source>Change stage length</source>
      <translation>ステージの時間の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="54" />
      <source>Edit instructions</source>
      <translation>説明の編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="55" />
      <source>Edit prompts</source>
      <translation>問いかけの編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="56" />
      <source>Change warning time</source>
      <translation>予告時間の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="57" />
      <source>Change protection</source>
      <translation>保護の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="58" />
      <source>Change what happens at zero</source>
      <translation>時間切れ時の動作の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="59" />
      <source>Change chimes</source>
      <translation>チャイムの変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="61" />
      <source>Edit stage</source>
      <translation>ステージの編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="171" />
      <source>Move stage</source>
      <translation>ステージの移動</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="201" />
      <location filename="../../ui/agenda_editor.py" line="137" />
      <source>Add stage</source>
      <translation>ステージを追加</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="226" />
      <location filename="../../ui/agenda_editor.py" line="138" />
      <location filename="../../ui/agenda_editor.py" line="347" />
      <source>Remove stage</source>
      <translation>ステージを削除</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="135" />
      <source>Agenda</source>
      <extracomment>None while the app shows its first look at the store: the agenda is read-only.</extracomment>
      <translation>アジェンダ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="137" />
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="137" />
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="139" />
      <source>Move the selected stage up (Ctrl+Up)</source>
      <translation>選択したステージを上へ移動（Ctrl+↑）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="140" />
      <source>Move the selected stage down (Ctrl+Down)</source>
      <translation>選択したステージを下へ移動（Ctrl+↓）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="141" />
      <source>Add a stage after the selected one</source>
      <translation>選択したステージの後にステージを追加</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="142" />
      <source>Remove the selected stage (Delete)</source>
      <translation>選択したステージを削除（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="147" />
      <source>Total length</source>
      <translation>合計時間</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="148" />
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="224" />
      <source>Total %1 min</source>
      <translation>合計 %1 分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="226" />
      <source>Total %1 min / template %2 min</source>
      <translation>合計 %1 分 / テンプレート %2 分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="229" />
      <source>(%1 min)</source>
      <translation>（%1 分）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="319" />
      <source>New stage</source>
      <translation>新しいステージ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="342" />
      <source>Remove the stage “%1”?
You can undo this with Ctrl+Z.</source>
      <translation>ステージ「%1」を削除しますか？
Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="42" />
      <source>Opening</source>
      <translation>オープニング</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="43" />
      <source>Taking stock of experience</source>
      <translation>経験の棚卸し</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="44" />
      <source>Putting strengths and values into words</source>
      <translation>強み・価値観の言語化</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="45" />
      <source>Target state and learning themes</source>
      <translation>目指す状態と学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="46" />
      <source>Declaring the next step</source>
      <translation>次の一歩の宣言</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="47" />
      <source>Dialogue with other departments</source>
      <translation>他部署との対話</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="48" />
      <source>Role-model talk</source>
      <translation>ロールモデル登壇</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="49" />
      <source>Break</source>
      <translation>休憩</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="50" />
      <source>Wrap-up</source>
      <translation>まとめ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="51" />
      <source>Condition check-in</source>
      <translation>コンディション共有</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="52" />
      <source>Where my career stands</source>
      <translation>キャリアの現在地</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="53" />
      <source>Designing the next challenge</source>
      <translation>次の挑戦設計</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="54" />
      <source>Feedback</source>
      <translation>フィードバック</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="55" />
      <source>Next actions</source>
      <translation>ネクストアクション</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="56" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="84" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="85" />
      <source>Stage</source>
      <translation>ステージ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="86" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="87" />
      <location filename="../../ui/agenda_model.py" line="252" />
      <source>Minutes</source>
      <translation>分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="88" />
      <location filename="../../ui/agenda_model.py" line="197" />
      <source>Protected</source>
      <translation>保護</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="158" />
      <source>A protected stage is never shortened when the workshop runs late.</source>
      <translation>保護したステージは、進行が遅れても短縮しません。</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="198" />
      <source>Not protected</source>
      <translation>保護なし</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../ui/application.py" line="180" />
      <source>No backup on opening: %1</source>
      <extracomment>Set by bench/startup.py: quit right after the main window's first paint, printing the time.</extracomment>
      <translation>起動時のバックアップができませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="218" />
      <source>Welcome to Ippo</source>
      <translation>Ippo へようこそ</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="219" />
      <source>There are no workshops yet. Open a sample workshop with 24 fictional participants to see how Ippo works?</source>
      <translation>まだワークショップがありません。架空の参加者24名のサンプル・ワークショップを開いて、Ippo の使い方を見てみますか？</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="223" />
      <source>Open the sample</source>
      <translation>サンプルを開く</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="237" />
      <source>The automatic backup failed: %1 It will be tried again.</source>
      <translation>自動バックアップに失敗しました: %1 しばらくしてから再試行します。</translation>
    </message>
  </context>
  <context>
    <name>Autosave</name>
    <message>
      <location filename="../../ui/autosave.py" line="283" />
      <source>Could not save: %1 What you typed is kept.</source>
      <extracomment>Fields waiting to be stored, per participant. Fires :meth:`flush` after the pause in typing (tests fire it by hand).</extracomment>
      <translation>保存できませんでした: %1 入力内容は保持されています</translation>
    </message>
    <message>
      <location filename="../../ui/autosave.py" line="289" />
      <source>Saving…</source>
      <translation>保存中…</translation>
    </message>
    <message>
      <location filename="../../ui/autosave.py" line="291" />
      <source>Unsaved changes</source>
      <translation>未保存の変更があります</translation>
    </message>
    <message>
      <location filename="../../ui/autosave.py" line="294" />
      <source>Saved %1</source>
      <translation>保存しました %1</translation>
    </message>
    <message>
      <location filename="../../ui/autosave.py" line="297" />
      <source>Everything you type is saved as you go</source>
      <translation>入力した内容は自動で保存されます</translation>
    </message>
  </context>
  <context>
    <name>Chimes</name>
    <message>
      <location filename="../../ui/chimes.py" line="63" />
      <source>Qt's sound module could not be loaded (%1). On Linux, install libpulse0.</source>
      <translation>Qt の音声モジュールを読み込めませんでした（%1）。Linux では libpulse0 をインストールしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/chimes.py" line="66" />
      <source>No audio output was found: no speakers or headphones are connected.</source>
      <translation>音声出力が見つかりません。スピーカーやヘッドホンが接続されていません。</translation>
    </message>
    <message>
      <location filename="../../ui/chimes.py" line="69" />
      <source>The audio output was disconnected.</source>
      <translation>音声出力が切断されました。</translation>
    </message>
    <message>
      <location filename="../../ui/chimes.py" line="70" />
      <source>The chime sound files are missing: %1.</source>
      <translation>チャイムの音声ファイルがありません：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/chimes.py" line="71" />
      <source>The chime could not be played: %1.</source>
      <translation>チャイムを再生できませんでした：%1。</translation>
    </message>
  </context>
  <context>
    <name>Core</name>
    <message>
      <location filename="../../ui/run_controller.py" line="80" />
      <source>Ippo could not record that action: %1.</source>
      <extracomment>Wake this long after the boundary, so the fold is surely past it. Group cards shown on the projector's group screen (names only), or () for none.</extracomment>
      <translation>その操作を記録できませんでした：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/run_controller.py" line="81" />
      <source>The clock goes on as before. Try again; if it keeps failing, close the console and open the run again: nothing recorded is lost.</source>
      <translation>時計はそのまま進んでいます。もう一度お試しください。それでも失敗する場合は、進行画面を閉じてから進行をもう一度開いてください。記録済みの内容は失われません。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="73" />
      <location filename="../../app/erasure.py" line="255" />
      <location filename="../../app/workshops.py" line="189" />
      <location filename="../../app/workshops.py" line="216" />
      <location filename="../../app/workshops.py" line="253" />
      <source>No workshop has the id %1.</source>
      <translation>ID が %1 のワークショップは見つかりません。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="74" />
      <location filename="../../app/workshops.py" line="190" />
      <source>It may have been deleted.</source>
      <translation>削除された可能性があります。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="141" />
      <source>The disk is full: the archive %1 was not written.</source>
      <translation>ディスクがいっぱいのため、アーカイブ %1 を書き出せませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="142" />
      <source>Free some space, or choose another drive, then export again.</source>
      <translation>空き容量を増やすか別のドライブを選んでから、もう一度書き出してください。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="148" />
      <source>The folder %1 is not writable: the archive was not written.</source>
      <translation>フォルダー %1 に書き込めないため、アーカイブを書き出せませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="149" />
      <source>Choose a folder you can write to (a USB stick may be locked), then export again.</source>
      <translation>書き込めるフォルダーを選んでから、もう一度書き出してください（USB メモリーに書き込み禁止のロックがかかっていることがあります）。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="154" />
      <source>The archive %1 could not be written (%2).</source>
      <translation>アーカイブ %1 を書き出せませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="155" />
      <source>Check that the folder exists and the drive is still connected, then export again.</source>
      <translation>フォルダーがあること、ドライブがつながっていることを確かめてから、もう一度書き出してください。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="207" />
      <source>The archive of “%1” clashes with this store: one of its ids belongs to another row here (%2).</source>
      <translation>「%1」のアーカイブは、このデータファイルの内容と衝突しています。アーカイブ内の ID の一つが、ここにある別のデータで使われています（%2）。</translation>
    </message>
    <message>
      <location filename="../../app/archive.py" line="208" />
      <source>Nothing was imported. The file may have been edited by hand; export it again from the Ippo it came from.</source>
      <translation>何も取り込んでいません。ファイルが手で編集された可能性があります。書き出し元の Ippo からもう一度書き出してください。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="47" />
      <source>Nothing was imported. Export the workshop again from the Ippo it came from, and copy the file as it is (do not open and save it in another program).</source>
      <extracomment>Far above any real workshop (200 people ≈ 1 MB); a bigger file is not an archive. How many problems a refusal lists (the first ones; the rest are counted).</extracomment>
      <translation>何も取り込んでいません。書き出し元の Ippo でワークショップをもう一度書き出し、ファイルをそのままコピーしてください（ほかのアプリで開いて保存しないでください）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="238" />
      <source>The file is not UTF-8 text: it is not an Ippo archive, or it was changed by another program.</source>
      <extracomment>An instant with its offset, kept in UTC once read (the store's own convention). Each section of the file, the table it comes from, and the model that checks it.</extracomment>
      <translation>このファイルは UTF-8 のテキストではありません。Ippo のアーカイブではないか、ほかのアプリで変更されています。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="246" />
      <source>The file is not valid JSON (line %1, column %2: %3). It may have been cut short while it was copied.</source>
      <translation>このファイルは正しい JSON ではありません（%1 行目 %2 文字目：%3）。コピーの途中で切れた可能性があります。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="274" />
      <source>The archive %1 could not be read (%2).</source>
      <translation>アーカイブ %1 を読み込めませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="275" />
      <source>Check the file's name and that the drive holding it is still connected.</source>
      <translation>ファイル名と、ファイルのあるドライブがつながっていることを確かめてください。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="283" />
      <source>The file is %1 MB: far larger than any Ippo archive (the limit is %2 MB).</source>
      <translation>このファイルは %1 MB あり、Ippo のアーカイブとしては大きすぎます（上限は %2 MB です）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="284" />
      <source>Choose the .json file Ippo exported for one workshop.</source>
      <translation>Ippo が 1 つのワークショップについて書き出した .json ファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="294" />
      <source>The file is not an Ippo archive (it has no "format": "ippo-archive").</source>
      <translation>このファイルは Ippo のアーカイブではありません（"format": "ippo-archive" がありません）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="295" />
      <source>Choose a workshop archive that Ippo exported (a .json file).</source>
      <translation>Ippo が書き出したワークショップのアーカイブ（.json ファイル）を選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="304" />
      <source>The archive was made by a newer Ippo (archive version %1, store schema %2; this Ippo reads version %3, schema up to %4).</source>
      <translation>このアーカイブは新しいバージョンの Ippo で作られています（アーカイブ形式 %1、スキーマ %2。この Ippo が読めるのは形式 %3、スキーマ %4 までです）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="305" />
      <source>Update Ippo on this computer, then import the file again. Nothing was imported.</source>
      <translation>このパソコンの Ippo を更新してから、もう一度取り込んでください。何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="357" />
      <source>The file is not a valid Ippo archive: %1 (and %2 more problems).</source>
      <translation>このファイルは正しい Ippo のアーカイブではありません：%1（ほかに %2 件の問題があります）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="359" />
      <source>The file is not a valid Ippo archive: %1 (and 1 more problem).</source>
      <translation>このファイルは正しい Ippo のアーカイブではありません：%1（ほかに 1 件の問題があります）。</translation>
    </message>
    <message>
      <location filename="../../app/archive_format.py" line="361" />
      <source>The file is not a valid Ippo archive: %1.</source>
      <translation>このファイルは正しい Ippo のアーカイブではありません：%1。</translation>
    </message>
    <message>
      <location filename="../../app/backups.py" line="96" />
      <source>Ippo could not save a backup in %1: %2.</source>
      <extracomment>Backups taken on a schedule (thinned freely); any other reason is kept for 30 days. After a failed automatic backup, wait this long before the next try (and say it once). How the name of a backup (or of a store set aside by a restore) writes its instant, in UTC.</extracomment>
      <translation>%1 にバックアップを保存できませんでした：%2。</translation>
    </message>
    <message>
      <location filename="../../app/backups.py" line="97" />
      <source>Free some disk space or check that the folder is writable. The store itself is unchanged and your work is saved.</source>
      <translation>ディスクの空き容量を増やすか、フォルダーに書き込めるか確かめてください。データファイル自体は変わっておらず、作業内容は保存されています。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="47" />
      <source>There is no file %1.</source>
      <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="48" />
      <source>Check the path and try again.</source>
      <translation>場所（パス）を確かめて、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="55" />
      <source>%1 is not an Ippo backup (not an SQLite database).</source>
      <translation>%1 は Ippo のバックアップではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="56" />
      <source>Choose a file from the backups folder (names start with 'ippo-').</source>
      <translation>backups フォルダーにあるファイル（名前が ippo- で始まるもの）を選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="69" />
      <source>%1 cannot be read as an Ippo backup: %2.</source>
      <translation>%1 を Ippo のバックアップとして読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="70" />
      <location filename="../../app/backup_restore.py" line="77" />
      <source>Choose another backup; this one was left as it is.</source>
      <translation>別のバックアップを選んでください。このファイルには手を加えていません。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="76" />
      <source>%1 is damaged or not an Ippo backup.</source>
      <translation>%1 は壊れているか、Ippo のバックアップではありません。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="84" />
      <source>%1 was made by a newer version of Ippo (schema %2).</source>
      <translation>%1 は新しいバージョンの Ippo で作られています（スキーマ %2）。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="85" />
      <source>Install the newer Ippo to restore it.</source>
      <translation>復元するには、新しいバージョンの Ippo をインストールしてください。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="216" />
      <source>Could not prepare %1 for restoring (%2).</source>
      <translation>%1 を復元用に準備できませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="217" />
      <source>Nothing was changed. Free some disk space beside the data folder and try again.</source>
      <translation>何も変更していません。データフォルダーのあるディスクの空き容量を増やしてから、もう一度試してください。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="229" />
      <location filename="../../app/store.py" line="286" />
      <source>The store %1 is in use by another running Ippo.</source>
      <translation>データファイル %1 は、起動中の別の Ippo が使っています。</translation>
    </message>
    <message>
      <location filename="../../app/backup_restore.py" line="230" />
      <source>Close the other Ippo window, then restore again.</source>
      <translation>もう一方の Ippo のウィンドウを閉じてから、もう一度復元してください。</translation>
    </message>
    <message>
      <location filename="../../app/erasure.py" line="140" />
      <location filename="../../app/participants.py" line="81" />
      <location filename="../../app/participants.py" line="113" />
      <location filename="../../app/worksheets.py" line="126" />
      <location filename="../../app/worksheets.py" line="142" />
      <source>No participant has the id %1.</source>
      <extracomment>The store's write-ahead log could not be emptied yet (another reader held it): the old text stays there until the next checkpoint, at the latest when Ippo closes the store.</extracomment>
      <translation>ID が %1 の参加者は見つかりません。</translation>
    </message>
    <message>
      <location filename="../../app/erasure.py" line="141" />
      <source>They may have been erased already.</source>
      <translation>すでに消去されている可能性があります。</translation>
    </message>
    <message>
      <location filename="../../app/participants.py" line="35" />
      <location filename="../../app/participants.py" line="92" />
      <source>A participant needs a name.</source>
      <translation>参加者には名前が必要です。</translation>
    </message>
    <message>
      <location filename="../../app/participants.py" line="36" />
      <location filename="../../app/participants.py" line="93" />
      <source>Type the person's name.</source>
      <translation>その人の名前を入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="19" />
      <source>The file %1 is not a CSV or text file: this looks like a ZIP archive.</source>
      <extracomment>File signature → the refusal (``%1``: the file's name), one whole sentence each for the UI.</extracomment>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、ZIP ファイルのようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="20" />
      <source>The file %1 is not a CSV or text file: this looks like an older Excel workbook (.xls).</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、古い形式の Excel ブック（.xls）のようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="21" />
      <source>The file %1 is not a CSV or text file: this looks like a PNG image.</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、PNG 画像のようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="22" />
      <source>The file %1 is not a CSV or text file: this looks like a JPEG image.</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、JPEG 画像のようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="23" />
      <source>The file %1 is not a CSV or text file: this looks like a GIF image.</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、GIF 画像のようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="24" />
      <source>The file %1 is not a CSV or text file: this looks like a PDF document.</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、PDF 文書のようです。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="26" />
      <source>The file %1 is not a CSV or text file: this looks like an Excel workbook (.xlsx): save it as CSV (UTF-8) in Excel first.</source>
      <translation>ファイル %1 は CSV やテキストのファイルではなく、Excel ブック（.xlsx）のようです。先に Excel で CSV（UTF-8）として保存してください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="34" />
      <source>A quote opened here is never closed: the rest of the file was read as one value.</source>
      <translation>ここで開いた引用符が閉じられていません。ファイルの残りが1つの値として読まれました。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="35" />
      <source>%1 values but %2 headers: a value may hold an unquoted delimiter.</source>
      <translation>値が %1 個ありますが、見出しは %2 個です。値の中に引用符で囲まれていない区切り文字があるかもしれません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="36" />
      <source>%1 values but %2 headers; the missing ones are empty.</source>
      <translation>値が %1 個ですが、見出しは %2 個です。足りない値は空として扱います。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="38" />
      <source>Employee code %1 is also on line %2.</source>
      <translation>社員番号 %1 は %2 行目にもあります。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="39" />
      <source>E-mail %1 is also on line %2.</source>
      <translation>メール %1 は %2 行目にもあります。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="41" />
      <source>Code %1 looks rounded by Excel: format it as text.</source>
      <translation>社員番号 %1 は Excel で数値に変換されたようです。列の書式を「文字列」にしてください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="42" />
      <source>“%1” does not look like an e-mail address.</source>
      <translation>「%1」はメールアドレスの形ではありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="40" />
      <source>Ippo cannot read %1: %2.</source>
      <translation>%1 を読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="41" />
      <source>Check the file name, and close the file in Excel if it is open there.</source>
      <translation>ファイル名を確かめてください。Excel で開いている場合は閉じてください。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="77" />
      <source>The file %1 cannot be read as a table: %2.</source>
      <translation>ファイル %1 を表として読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="78" />
      <source>Check the quotes: a value that starts with " must end with ".</source>
      <translation>引用符（"）を確かめてください。" で始まる値は " で終わる必要があります。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="90" />
      <source>Line 1 is above the header: not read.</source>
      <translation>1 行目は見出しより上にあるため、読み込みません。</translation>
    </message>
    <message>
      <location filename="../../app/roster.py" line="92" />
      <source>Lines 1–%1 are above the header: not read.</source>
      <translation>1〜%1 行目は見出しより上にあるため、読み込みません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="41" />
      <source>The file %1 is empty.</source>
      <translation>ファイル %1 は空です。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="42" />
      <source>Choose the exported roster file, not a blank one.</source>
      <translation>空のファイルではなく、書き出した名簿のファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="47" />
      <source>The file %1 is too large for a roster (%2 MB).</source>
      <translation>ファイル %1 は名簿としては大きすぎます（%2 MB）。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="48" />
      <source>Check that you chose the roster file.</source>
      <translation>名簿のファイルを選んだか確かめてください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="56" />
      <source>In Excel: File › Save As › “CSV UTF-8 (comma delimited)”, then import that file.</source>
      <translation>Excel で［ファイル］›［名前を付けて保存］›「CSV UTF-8（コンマ区切り）」で保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="66" />
      <source>The file %1 cannot be read as %2 (%3): line %4 is not valid %2.</source>
      <translation>ファイル %1 を %2 として読み込めません（%3）。%4 行目が正しい %2 ではありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="67" />
      <source>Choose another encoding, or save the file from Excel again as CSV UTF-8.</source>
      <translation>別の文字コードを選ぶか、Excel でもう一度 CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="71" />
      <source>Ippo cannot read the file %1: line %2 is neither UTF-8 nor Japanese Windows text (cp932).</source>
      <translation>ファイル %1 を読み込めません。%2 行目が UTF-8 でも Windows の日本語テキスト（cp932）でもありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="72" />
      <source>In Excel, save it as “CSV UTF-8 (comma delimited)” and import that file.</source>
      <translation>Excel で「CSV UTF-8（コンマ区切り）」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="79" />
      <source>The file %1 does not look like a text file (it contains binary data).</source>
      <translation>ファイル %1 はテキストファイルではないようです（バイナリデータを含んでいます）。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="80" />
      <source>Export the roster from Excel or the HR system as CSV and import that file.</source>
      <translation>Excel や人事システムから名簿を CSV で書き出し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="95" />
      <source>Unknown encoding “%1” for the file %2.</source>
      <translation>ファイル %2 の文字コード「%1」はわかりません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="96" />
      <source>Choose one of %1.</source>
      <translation>次のいずれかを選んでください：%1。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="142" />
      <source>The file %1 has no rows.</source>
      <translation>ファイル %1 にはデータの行がありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_decode.py" line="143" />
      <source>Choose the exported roster file.</source>
      <translation>書き出した名簿のファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_table.py" line="110" />
      <source>Column “%1” cannot be mapped to “%2”.</source>
      <translation>列「%1」を「%2」に割り当てることはできません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_table.py" line="111" />
      <source>Map it to one of %1.</source>
      <translation>次のいずれかに割り当ててください：%1。</translation>
    </message>
    <message>
      <location filename="../../app/roster_table.py" line="24" />
      <source>Another column is already read as %1; this one is not used.</source>
      <extracomment>Two columns map to one field; its argument is the field's key (a UI shows the field's word).</extracomment>
      <translation>別の列がすでに「%1」として読まれています。この列は使いません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="85" />
      <source>No name.</source>
      <translation>氏名がありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_check.py" line="87" />
      <source>The name has a line break.</source>
      <translation>氏名に改行が含まれています。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="74" />
      <source>No column of %1 is recognised as the name; nothing was imported.</source>
      <extracomment>(line, "added" | "updated" | "unchanged" | "skipped") for every data line, in order.</extracomment>
      <translation>%1 には名前と判断できる列がないため、何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="75" />
      <source>Say which column holds the name (for example 氏名), then import again.</source>
      <translation>名前が入っている列（例：氏名）を指定してから、もう一度取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="81" />
      <source>%1 has errors on line %2; nothing was imported.</source>
      <translation>%1 の %2 行目にエラーがあるため、何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="83" />
      <source>%1 has errors on lines %2; nothing was imported.</source>
      <translation>%1 の %2 行目にエラーがあるため、何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="84" />
      <source>Correct those lines in the file and import it again, or skip them and import the rest.</source>
      <translation>ファイルのその行を直してもう一度取り込むか、その行を飛ばして残りを取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="91" />
      <source>There is no workshop %1.</source>
      <translation>ワークショップ %1 はありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="92" />
      <source>Check the workshop's id.</source>
      <translation>ワークショップの ID を確かめてください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="101" />
      <source>Line %1 matches the same person as line %2 (%3). Nothing of %4 was imported.</source>
      <translation>%1 行目は %2 行目と同じ人（%3）に当たります。%4 からは何も取り込んでいません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="102" />
      <source>Correct the employee codes or e-mail addresses of those lines, or skip them.</source>
      <translation>その行の社員番号かメールアドレスを直すか、その行を飛ばしてください。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="164" />
      <source>Line %1 matches the same person as line %2 (%3).</source>
      <extracomment>For each conflict: its line, the line that matched the person first, the person's name.</extracomment>
      <translation>%1 行目は %2 行目と同じ人（%3）に当たります。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="200" />
      <source>Line %1 has no name.</source>
      <translation>%1 行目に名前がありません。</translation>
    </message>
    <message>
      <location filename="../../app/roster_import.py" line="201" />
      <source>Type the person's name in the file.</source>
      <translation>ファイルにその人の名前を入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="111" />
      <source>Ippo cannot create its data folder %1: %2.</source>
      <extracomment>Bumped on every commit that changed something; the backup schedule reads it. What opening did for an erasure cut off earlier (see :meth:`_finish_pending_erasure`): its report, or the reason it could not be finished; None when nothing was pending.</extracomment>
      <translation>データフォルダー %1 を作成できません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="112" />
      <location filename="../../app/store.py" line="252" />
      <source>Choose a folder you can write to with --data-dir, or fix its permissions.</source>
      <translation>--data-dir で書き込めるフォルダーを指定するか、フォルダーのアクセス権を直してください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="161" />
      <source>The store %1 cannot be read: its integrity check failed (%2).</source>
      <translation>データファイル %1 を読み込めません。整合性チェックで問題が見つかりました（%2）。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="171" />
      <source>The store %1 cannot be read: it is an SQLite file, but not an Ippo store.</source>
      <translation>データファイル %1 を読み込めません。SQLite のファイルですが、Ippo のデータファイルではありません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="175" />
      <source>The store %1 was written by a newer version of Ippo (schema %2; this Ippo knows up to %3).</source>
      <translation>データファイル %1 は新しいバージョンの Ippo で書かれています（スキーマ %2。この Ippo が扱えるのは %3 までです）。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="176" />
      <source>Install the newer Ippo to open it, or restore a backup made by this version (`ippo restore FILE`). The file was left untouched.</source>
      <translation>開くには新しいバージョンの Ippo をインストールするか、このバージョンで作ったバックアップを復元してください（`ippo restore ファイル`）。ファイルには手を加えていません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="251" />
      <source>Ippo cannot create its store in %1: the folder is read-only.</source>
      <translation>%1 は読み取り専用のフォルダーのため、データファイルを作成できません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="262" />
      <source>Ippo cannot read its store %1: %2.</source>
      <translation>データファイル %1 を読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="263" />
      <source>Check the file's permissions, or choose another folder with --data-dir.</source>
      <translation>ファイルのアクセス権を確かめるか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="269" />
      <source>The store %1 cannot be read: it is not an SQLite database.</source>
      <translation>データファイル %1 を読み込めません。SQLite データベースではありません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="273" />
      <source>The store %1 is read-only: Ippo could not save anything there.</source>
      <translation>データファイル %1 は読み取り専用のため、何も保存できませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="274" />
      <source>Make the file and its folder writable (it may sit on a locked USB stick or a read-only share), or copy it to a writable folder and open that with --data-dir.</source>
      <translation>ファイルとフォルダーを書き込めるようにしてください（ロックされた USB メモリーや読み取り専用の共有フォルダーにあるのかもしれません）。または、書き込めるフォルダーにコピーし、--data-dir でそのフォルダーを指定して開いてください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="287" />
      <source>Close the other Ippo window (or wait for the other command to finish), then try again.</source>
      <translation>もう一方の Ippo のウィンドウを閉じて（または実行中のコマンドが終わるのを待って）から、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="293" />
      <source>Ippo cannot lock its store %1: %2.</source>
      <translation>データファイル %1 をロックできません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="294" />
      <source>Make the folder writable, or choose another folder with --data-dir.</source>
      <translation>フォルダーを書き込めるようにするか、--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="315" />
      <source>Restore the latest backup (`ippo restore FILE`, backups are in %1). Ippo has not changed the damaged file.</source>
      <translation>最新のバックアップを復元してください（`ippo restore ファイル`。バックアップは %1 にあります）。壊れたファイルには手を加えていません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="330" />
      <source>The store %1 is locked by another program.</source>
      <translation>データファイル %1 は別のプログラムがロックしています。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="331" />
      <source>Close the other program that has it open (another Ippo, or a database browser), then try again.</source>
      <translation>ファイルを開いている別のプログラム（別の Ippo やデータベースの閲覧ソフトなど）を閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="337" />
      <source>The store %1 is read-only: Ippo could not save.</source>
      <translation>データファイル %1 は読み取り専用のため、保存できませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="338" />
      <source>Make the file and its folder writable, then try again. Nothing was lost.</source>
      <translation>ファイルとフォルダーを書き込めるようにしてから、もう一度お試しください。失われたデータはありません。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="344" />
      <source>The disk holding %1 is full: the last change was not saved.</source>
      <translation>%1 のあるディスクがいっぱいのため、最後の変更を保存できませんでした。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="345" />
      <source>Free some space (empty the trash, remove old files), then try again.</source>
      <translation>ごみ箱を空にする、古いファイルを消すなどして空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="350" />
      <source>The store %1 cannot be read: %2.</source>
      <translation>データファイル %1 を読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="352" />
      <source>Ippo could not read or write its store %1: %2.</source>
      <translation>データファイル %1 の読み書きができませんでした：%2。</translation>
    </message>
    <message>
      <location filename="../../app/store.py" line="353" />
      <source>Check that the drive is still connected and not full, then try again. Nothing in the store was changed by this error.</source>
      <translation>ドライブがつながっていて空き容量があることを確かめてから、もう一度お試しください。このエラーでデータファイルの内容は何も変わっていません。</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="48" />
      <source>must equal the sum of the stage minutes: the stages add up to %1 but minutes is %2</source>
      <translation>ステージの分数の合計と同じにしてください。ステージの合計は %1 分ですが、minutes は %2 です</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="127" />
      <source>missing the Japanese text; every text needs both ja and en</source>
      <translation>日本語のテキストがありません。テキストには ja と en の両方が必要です</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="129" />
      <source>missing the English text; every text needs both ja and en</source>
      <translation>英語のテキストがありません。テキストには ja と en の両方が必要です</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="130" />
      <source>missing; this field is required</source>
      <translation>ありません。この項目は必須です</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="135" />
      <source>unknown language %1; texts are given as ja and en</source>
      <translation>%1 は使えない言語です。テキストは ja と en で書いてください</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="140" />
      <source>unknown field %1; check the spelling (expected one of: %2)</source>
      <translation>%1 は不明な項目です。つづりを確かめてください（使える項目：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="144" />
      <source>unknown field %1; check the spelling</source>
      <translation>%1 は不明な項目です。つづりを確かめてください</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="147" />
      <source>must be text in double quotes, got %1</source>
      <translation>二重引用符（"）で囲んだテキストにしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="149" />
      <source>must be a number, got %1</source>
      <translation>数値にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="151" />
      <source>must be true or false, got %1</source>
      <translation>true か false にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="153" />
      <source>must be a list of texts like ["...", "..."], got %1</source>
      <translation>["...", "..."] のようなテキストのリストにしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="155" />
      <source>must be a table, got %1</source>
      <translation>テーブルにしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="157" />
      <source>must be a finite number, got %1</source>
      <translation>有限の数値にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="160" />
      <source>must be greater than %1, got %2</source>
      <translation>%1 より大きくしてください（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="166" />
      <source>must be %1 or more, got %2</source>
      <translation>%1 以上にしてください（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_schema.py" line="172" />
      <source>must be at most %1, got %2</source>
      <translation>%1 以下にしてください（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="87" />
      <source>the Japanese text must not be empty</source>
      <translation>日本語のテキストを空にはできません</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="89" />
      <source>the English text must not be empty</source>
      <translation>英語のテキストを空にはできません</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="95" />
      <source>the Japanese text is empty but the English one is not; give both languages</source>
      <translation>英語のテキストはありますが、日本語のテキストが空です。両方の言語で書いてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="97" />
      <source>the English text is empty but the Japanese one is not; give both languages</source>
      <translation>日本語のテキストはありますが、英語のテキストが空です。両方の言語で書いてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="117" />
      <source>unknown stage kind %1; expected one of: %2</source>
      <translation>%1 は不明なステージの種類です（使える種類：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="125" />
      <source>must be at least 1 second, got %1</source>
      <translation>1 秒以上にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="132" />
      <source>must be less than the stage's minutes (%1), got %2</source>
      <translation>ステージの分数（%1）より小さくしてください（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="139" />
      <source>must be "hold" or "advance", got %1</source>
      <translation>"hold" か "advance" にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="153" />
      <source>a prompt must not be empty</source>
      <translation>問いかけを空にはできません</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="159" />
      <source>ja has %1 prompt(s) but en has %2; give the same prompts in both languages</source>
      <translation>問いかけが ja に %1 個、en に %2 個あります。両方の言語で同じ問いかけを書いてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="166" />
      <source>a %1 stage needs %2 to %3 prompts per language, got %4</source>
      <translation>%1 のステージには、言語ごとに %2～%3 個の問いかけが必要です（今は %4 個）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="175" />
      <source>at most %1 prompts per language, got %2</source>
      <translation>問いかけは言語ごとに %1 個までです（今は %2 個）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="201" />
      <source>%1 appears twice (also stages[%2]); each core stage appears once</source>
      <translation>%1 が 2 回出てきます（stages[%2] にもあります）。中核のステージはそれぞれ 1 回だけにしてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="210" />
      <source>a workshop needs the four core stages %1; missing: %2</source>
      <translation>ワークショップには 4 つの中核ステージ（%1）が必要です。足りないもの：%2</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="219" />
      <source>the core stages must come in the order %1, but %2 comes before %3</source>
      <translation>中核のステージは %1 の順に並べてください。今は %2 が %3 より前にあります</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="238" />
      <source>missing; a template file starts with 'schema = %1'</source>
      <translation>ありません。テンプレートのファイルは「schema = %1」で始めてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="245" />
      <source>must be a whole number, got %1</source>
      <translation>整数にしてください（指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="251" />
      <source>this template was written by a newer Ippo (schema %1); this Ippo reads schema %2. Update Ippo to use it</source>
      <translation>このテンプレートは新しいバージョンの Ippo で書かれています（スキーマ %1。この Ippo が読めるのはスキーマ %2 です）。使うには Ippo を更新してください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="256" />
      <source>must be %1, got %2</source>
      <translation>%1 にしてください（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="267" />
      <source>must be 1 to 64 lowercase letters, digits and hyphens, starting and ending with a letter or digit (like "my-workshop-90"), got %1</source>
      <translation>英小文字・数字・ハイフンの 1～64 文字で、最初と最後は英字か数字にしてください（例："my-workshop-90"。指定値：%1）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="273" />
      <source>%1 is a reserved file name on Windows; choose another id</source>
      <translation>%1 は Windows で予約されたファイル名です。別の ID にしてください</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="279" />
      <source>must be one of: %1, got %2</source>
      <translation>次のいずれかにしてください：%1（指定値：%2）</translation>
    </message>
    <message>
      <location filename="../../app/template_check.py" line="286" />
      <source>must have at least one stage</source>
      <translation>ステージが少なくとも 1 つ必要です</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="60" />
      <source>is too large for a template (%1 bytes)</source>
      <translation>はテンプレートとしては大きすぎます（%1 バイト）</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="68" />
      <source>cannot read the file: %1</source>
      <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="77" />
      <source>is not UTF-8 text (byte %1); save it as UTF-8, not Shift_JIS or another encoding</source>
      <translation>は UTF-8 のテキストではありません（%1 バイト目）。Shift_JIS などではなく UTF-8 で保存してください</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="92" />
      <source>is not valid TOML: %1</source>
      <translation>は正しい TOML ではありません：%1</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="99" />
      <source>is not valid TOML at line %1, column %2: %3</source>
      <translation>は正しい TOML ではありません（%1 行目 %2 文字目）：%3</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="242" />
      <source>%1 is a built-in template and cannot be overwritten; save your version under another id</source>
      <translation>%1 は組み込みのテンプレートのため上書きできません。別の ID で保存してください</translation>
    </message>
    <message>
      <location filename="../../app/templates.py" line="265" />
      <source>cannot save the template: %1</source>
      <translation>テンプレートを保存できません：%1</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="69" />
      <source>Energy is a whole number from −2 to +2.</source>
      <extracomment>Phrases (strengths, values) that fit on the printed sheet; more are kept, not printed. What prints in full on the one-page sheet; longer text is kept and flagged, never cut.</extracomment>
      <translation>エネルギーは −2 から +2 までの整数です。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="70" />
      <source>Choose a value on the scale.</source>
      <translation>目盛りから値を選んでください。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="89" />
      <source>Up to %1 learning themes.</source>
      <translation>学びのテーマは %1 つまでです。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="90" />
      <source>Keep the three that matter most.</source>
      <translation>特に大切な 3 つに絞ってください。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="101" />
      <source>Up to %1 experiences fit on the worksheet.</source>
      <translation>ワークシートに載せられる経験は %1 件までです。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="102" />
      <source>Keep the ones that matter most for today.</source>
      <translation>今日いちばん大切なものに絞ってください。</translation>
    </message>
    <message>
      <location filename="../../app/worksheets.py" line="143" />
      <source>The person may have been removed from the workshop.</source>
      <translation>この人はワークショップから外された可能性があります。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="95" />
      <location filename="../../app/workshops.py" line="209" />
      <source>A workshop needs a title.</source>
      <translation>ワークショップにはタイトルが必要です。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="96" />
      <source>Type a title, for example 「新任管理職研修」.</source>
      <translation>タイトルを入力してください（例：「新任管理職研修」）。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="161" />
      <source>'%1' is not a workshop id.</source>
      <translation>「%1」はワークショップの ID ではありません。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="162" />
      <location filename="../../app/workshops.py" line="173" />
      <source>Run `ippo list` to see the ids.</source>
      <translation>`ippo list` を実行すると ID を確認できます。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="172" />
      <source>No workshop has the id '%1'.</source>
      <translation>ID が「%1」のワークショップは見つかりません。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="177" />
      <source>'%1' matches %2 workshops.</source>
      <translation>「%1」に当てはまるワークショップが %2 件あります。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="178" />
      <source>Type more characters of the id.</source>
      <translation>ID をもう少し長く入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="210" />
      <source>Type a title.</source>
      <translation>タイトルを入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="273" />
      <source>A stage must last at least one second.</source>
      <translation>ステージの長さは 1 秒以上にしてください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="274" />
      <source>Enter a positive duration.</source>
      <translation>0 より大きい長さを入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="278" />
      <source>The warning time cannot be negative.</source>
      <translation>予告時間をマイナスにはできません。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="279" />
      <source>Enter 0 or more seconds.</source>
      <translation>0 秒以上を入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="283" />
      <source>A stage needs a title.</source>
      <translation>ステージにはタイトルが必要です。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="284" />
      <source>Type a title for the stage.</source>
      <translation>ステージのタイトルを入力してください。</translation>
    </message>
    <message>
      <location filename="../../app/workshops.py" line="298" />
      <location filename="../../app/workshops.py" line="338" />
      <source>No stage has the id %1.</source>
      <translation>ID が %1 のステージは見つかりません。</translation>
    </message>
    <message>
      <location filename="../../reports/checkin_slips.py" line="177" />
      <source>There is nobody to print a check-in slip for.</source>
      <extracomment>The padding inside a slip, from its cut lines.</extracomment>
      <translation>振り返りカードを印刷する参加者がいません。</translation>
    </message>
    <message>
      <location filename="../../reports/checkin_slips.py" line="178" />
      <location filename="../../reports/followup_guide.py" line="377" />
      <source>Add participants to the workshop first.</source>
      <translation>先にワークショップに参加者を追加してください。</translation>
    </message>
    <message>
      <location filename="../../reports/csv_export.py" line="301" />
      <source>The CSV %1 could not be written (%2).</source>
      <extracomment>What cp932 writes for a character it cannot hold (cp932 has it: 0x81AC). Cells starting with these are formulas to Excel (OWASP CSV injection). The worksheet's columns after the experiences, in order.</extracomment>
      <translation>CSV %1 を書き出せませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../reports/csv_export.py" line="302" />
      <source>Check that the folder exists and is writable and that the disk is not full, and close the file if Excel has it open.</source>
      <translation>フォルダーがあって書き込めること、ディスクに空きがあることを確かめてください。Excel でファイルを開いている場合は閉じてください。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="89" />
      <source>'%1' is not an export format.</source>
      <extracomment>Kinds and their file suffix ("" for a folder of files). Kinds that hold no personal data once anonymised, or that cannot be anonymised.</extracomment>
      <translation>「%1」は書き出しの形式ではありません。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="90" />
      <source>Use one of %1.</source>
      <translation>次のいずれかを使ってください：%1。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="97" />
      <source>A JSON archive is always complete: it cannot be anonymised.</source>
      <translation>JSON アーカイブは常にすべてのデータを含むため、匿名化できません。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="98" />
      <source>Export an anonymised CSV or summary instead.</source>
      <translation>代わりに、匿名化した CSV かサマリーを書き出してください。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="143" />
      <source>The built-in 45-minute 1on1 template is missing.</source>
      <translation>組み込みの 45 分 1on1 テンプレートが見つかりません。</translation>
    </message>
    <message>
      <location filename="../../reports/exports.py" line="144" />
      <source>Reinstall Ippo.</source>
      <translation>Ippo をインストールし直してください。</translation>
    </message>
    <message>
      <location filename="../../reports/followup_guide.py" line="112" />
      <location filename="../../reports/sheets.py" line="126" />
      <source>The PDF %1 could not be written (%2).</source>
      <extracomment>The flow table's columns: minutes, stage title (the rest: what the manager does).
----------
Linux and macOS allow 255 bytes per file name; Japanese takes 3 bytes a character.</extracomment>
      <translation>PDF %1 を書き出せませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../reports/followup_guide.py" line="113" />
      <location filename="../../reports/sheets.py" line="127" />
      <location filename="../../reports/summary_pdf.py" line="76" />
      <source>Check that the folder exists and is writable, and close the file if a PDF viewer has it open.</source>
      <extracomment>Declarations that fit on a page, for the progress estimate only.</extracomment>
      <translation>フォルダーがあって書き込めることを確かめてください。PDF ビューアーでファイルを開いている場合は閉じてください。</translation>
    </message>
    <message>
      <location filename="../../reports/followup_guide.py" line="376" />
      <source>There is nobody to print a guide for.</source>
      <translation>ガイドを印刷する参加者がいません。</translation>
    </message>
    <message>
      <location filename="../../reports/ics_export.py" line="205" />
      <source>The calendar file %1 could not be written (%2).</source>
      <extracomment>The check-in reminder: 15 hours before the all-day event starts = 09:00 the day before.</extracomment>
      <translation>カレンダーファイル %1 を書き出せませんでした（%2）。</translation>
    </message>
    <message>
      <location filename="../../reports/ics_export.py" line="206" />
      <source>Check that the folder exists and is writable and that the disk is not full.</source>
      <translation>フォルダーがあって書き込めること、ディスクに空きがあることを確かめてください。</translation>
    </message>
    <message>
      <location filename="../../reports/ics_export.py" line="216" />
      <source>No participant has a step deadline or a check-in date.</source>
      <translation>一歩の期限か振り返り日が入っている参加者が一人もいません。</translation>
    </message>
    <message>
      <location filename="../../reports/ics_export.py" line="217" />
      <source>Fill in 'by when' or the follow-up 1on1 on the worksheets first.</source>
      <translation>先にワークシートの「いつまでに」か振り返りの 1on1 の日付を入力してください。</translation>
    </message>
    <message>
      <location filename="../../reports/sheet_text.py" line="114" />
      <source>The font %1 cannot be used for the sheets (%2).</source>
      <extracomment>Invisible joiners and emoji presentation selectors: dropped (not reported) when no font has them; the visible character they belong to is reported on its own. Where a glyph's baseline sits below the top of its em box (IPAex ascent).</extracomment>
      <translation>フォント %1 はシートの印刷に使えません（%2）。</translation>
    </message>
    <message>
      <location filename="../../reports/sheet_text.py" line="115" />
      <source>Choose a TrueType font file (.ttf, or a .ttc with TrueType outlines).</source>
      <translation>TrueType のフォントファイル（.ttf、または TrueType アウトラインの .ttc）を選んでください。</translation>
    </message>
    <message>
      <location filename="../../reports/sheets.py" line="154" />
      <source>There are no sheets to print.</source>
      <translation>印刷するシートがありません。</translation>
    </message>
    <message>
      <location filename="../../reports/sheets.py" line="155" />
      <source>Choose at least one participant.</source>
      <translation>参加者を 1 人以上選んでください。</translation>
    </message>
    <message>
      <location filename="../../reports/summary_pdf.py" line="386" />
      <source>The summary %1 could not be written (%2).</source>
      <translation>サマリー %1 を書き出せませんでした（%2）。</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../ui/dialogs.py" line="53" />
      <source>Ippo</source>
      <translation>Ippo</translation>
    </message>
  </context>
  <context>
    <name>ExperienceTable</name>
    <message>
      <location filename="../../ui/experience_table.py" line="47" />
      <source>Add an experience</source>
      <translation>経験を追加</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="49" />
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="50" />
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="54" />
      <source>When it happened</source>
      <extracomment>The full question behind each short column title, shown as its tooltip.</extracomment>
      <translation>いつのことか</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="55" />
      <location filename="../../ui/experience_table.py" line="63" />
      <source>What happened</source>
      <translation>出来事</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="56" />
      <source>My role in it</source>
      <translation>その中での自分の役割</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="57" />
      <source>Energy: −2 (drained) to +2 (energised)</source>
      <translation>エネルギー: −2（下がった）〜 +2（上がった）</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="58" />
      <source>Why it energised or drained me</source>
      <translation>なぜエネルギーが上がった／下がったのか</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="59" />
      <location filename="../../ui/experience_table.py" line="67" />
      <source>What I learned</source>
      <translation>学んだこと</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="62" />
      <source>When</source>
      <translation>時期</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="64" />
      <source>My role</source>
      <translation>自分の役割</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="65" />
      <location filename="../../ui/experience_table.py" line="219" />
      <source>Energy</source>
      <translation>エネルギー</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="66" />
      <source>Why</source>
      <translation>その理由</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="142" />
      <source>%1 / %2 characters · shortened when printed</source>
      <translation>%1 / %2 文字 · 印刷では省略されます</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="296" />
      <source>Experiences</source>
      <extracomment>Each column's share of the table's width: period, event, role, energy, reason, learned.</extracomment>
      <translation>経験の一覧</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="335" />
      <source>%1 texts are longer than %2 characters: shortened when printed</source>
      <translation>%1 件が %2 文字を超えています: 印刷では省略されます</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="367" />
      <source>Remove experience</source>
      <translation>経験の削除</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="368" />
      <source>Remove this experience and everything written in it?</source>
      <translation>この経験と、書かれた内容をすべて削除しますか？</translation>
    </message>
    <message>
      <location filename="../../ui/experience_table.py" line="48" />
      <location filename="../../ui/experience_table.py" line="371" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/export_kinds.py" line="28" />
      <source>Summary report (PDF)</source>
      <extracomment>Kinds whose writer reports pages and stops on Cancel. Each kind's name and the line under it, in the order the dialog lists them.</extracomment>
      <translation>サマリーレポート（PDF）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="28" />
      <source>For you and HR: attendance, timing, strengths, values and steps.</source>
      <translation>ファシリテーター・人事向け：出席、時間、強み、価値観、次の一歩</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="31" />
      <source>Participant table (CSV)</source>
      <translation>参加者一覧表（CSV）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="31" />
      <source>One row per participant, to open in Excel.</source>
      <translation>参加者 1 人につき 1 行。Excel で開けます。</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="33" />
      <source>Complete archive (JSON)</source>
      <translation>完全なアーカイブ（JSON）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="33" />
      <source>Everything about this workshop, to merge on another computer.</source>
      <translation>このワークショップの全データ。別のパソコンに取り込めます。</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="35" />
      <source>Follow-up calendar (iCalendar)</source>
      <translation>フォローアップ予定（iCalendar）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="35" />
      <source>Step deadlines and check-in 1on1s, for the managers' calendars.</source>
      <translation>一歩の期限と振り返りの 1on1 を、上司のカレンダーに登録できます。</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="37" />
      <source>1on1 guides (PDF)</source>
      <translation>1on1 ガイド（PDF）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="37" />
      <source>One page per participant, for the manager's follow-up 1on1.</source>
      <translation>参加者ごとに 1 ページ。上司がフォローアップの 1on1 で使います。</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="39" />
      <source>Check-in slips (PDF)</source>
      <translation>振り返りカード（PDF）</translation>
    </message>
    <message>
      <location filename="../../ui/export_kinds.py" line="39" />
      <source>Printable slips with each person's step and check-in date.</source>
      <translation>一人ひとりの次の一歩と振り返り日を記した、印刷用のカード。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="97" />
      <source>Export as</source>
      <extracomment>Muted, and indented under a button's text rather than its circle. (Padding, not setContentsMargins: with a style sheet those give a heightForWidth one line short.)</extracomment>
      <translation>書き出し先を指定</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="108" />
      <source>Choose where to put the folder of calendar files</source>
      <translation>カレンダーファイルのフォルダーを作る場所を選択</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="200" />
      <source>Export: %1</source>
      <translation>書き出し: %1</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="201" />
      <source>What</source>
      <translation>書き出す内容</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="205" />
      <source>Options</source>
      <translation>オプション</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="206" />
      <source>Anonymise</source>
      <translation>匿名化する</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="209" />
      <source>Names become P01, P02, …; a department is shown only where 3 or more people share it; no experience texts; no reading, employee code or e-mail.</source>
      <translation>氏名は P01、P02… に置き換えます。部署は 3 人以上が同じ場合だけ表示し、経験の記述・ふりがな・社員番号・メールアドレスは含めません。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="214" />
      <source>A JSON archive is always complete, so it cannot be anonymised.</source>
      <translation>JSON アーカイブは常にすべてのデータを含むため、匿名化できません。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="216" />
      <source>Encoding</source>
      <translation>文字コード</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="217" />
      <source>UTF-8 for Excel (recommended)</source>
      <translation>UTF-8（Excel 向け・推奨）</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="218" />
      <source>Shift_JIS (cp932) for older systems</source>
      <translation>Shift_JIS（cp932・古いシステム向け）</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="219" />
      <source>One file for everyone</source>
      <translation>全員分を 1 つのファイルに</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="220" />
      <source>One file per participant (a folder)</source>
      <translation>1 人 1 ファイル（フォルダーに保存）</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="221" />
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="222" />
      <source>Export…</source>
      <translation>書き出す…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="223" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="224" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="289" />
      <source>Exporting…</source>
      <translation>書き出しています…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="295" />
      <source>Cancelling…</source>
      <translation>キャンセルしています…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="301" />
      <source>Page %1 of about %2</source>
      <translation>約%2ページ中%1ページ目</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="337" />
      <source>Cancelled: no file was written.</source>
      <translation>キャンセルしました。ファイルは作成されていません。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="340" />
      <source>%1 calendar files (%2 events) written to %3.</source>
      <translation>カレンダーファイル %1 個（予定 %2 件）を %3 に保存しました。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="345" />
      <source>%1 events written to %2.</source>
      <translation>予定 %1 件を %2 に保存しました。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="349" />
      <source>Written to %1.</source>
      <translation>%1 に保存しました。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="358" />
      <source>These characters cannot be written in Shift_JIS and are written as 〓. Export in UTF-8 to keep them.</source>
      <translation>次の文字は Shift_JIS で表せないため「〓」で書き出しました。そのまま残すには UTF-8 で書き出してください。</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="365" />
      <source>No step deadline or check-in date yet, so not in the calendar: %1</source>
      <translation>一歩の期限も振り返り日もまだないため、カレンダーに入っていない人: %1</translation>
    </message>
  </context>
  <context>
    <name>GroupsPanel</name>
    <message>
      <location filename="../../ui/groups_panel.py" line="63" />
      <source>only one person</source>
      <extracomment>The core's notes (``app.grouping.NOTE_*``), same English, for the translator.</extracomment>
      <translation>1 人だけです</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="64" />
      <source>everyone is in one department</source>
      <translation>全員が同じ部署です</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="65" />
      <source>nobody to group</source>
      <translation>グループ分けする人がいません</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="66" />
      <source>some partners meet again: there are not enough people to avoid it</source>
      <translation>人数が足りないため、一部の人は前と同じ相手になります</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="154" />
      <source>Group size</source>
      <translation>グループの人数</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="155" />
      <source>Rounds</source>
      <translation>ラウンド数</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="157" />
      <source>Pairs</source>
      <translation>ペア</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="157" />
      <source>Groups of %1</source>
      <translation>%1 人組</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="159" />
      <source>Shuffle again</source>
      <translation>組み直す</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="160" />
      <source>Print the list…</source>
      <translation>一覧を印刷…</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="161" />
      <source>Show on projector</source>
      <translation>プロジェクターに表示</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="162" />
      <source>Use everyone on the list</source>
      <translation>名簿の全員で組む</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="163" />
      <source>To swap two people, choose one name and then the other.</source>
      <translation>2 人を入れ替えるには、1 人目の名前を選んでから 2 人目を選びます。</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="164" />
      <source>Group cards</source>
      <translation>グループのカード</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="283" />
      <location filename="../../ui/groups_panel.py" line="298" />
      <location filename="../../ui/groups_panel.py" line="362" />
      <source>Group %1</source>
      <translation>グループ %1</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="318" />
      <source>Nobody is on the list yet.</source>
      <translation>まだ参加者が登録されていません。</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="320" />
      <source>%1 of %2 people are checked in.</source>
      <translation>%2 人中 %1 人が受付済みです。</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="322" />
      <source>Nobody is checked in yet: groups are made from the people checked in.</source>
      <translation>まだ誰も受付していません。グループは受付済みの人で作ります。</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="295" />
      <location filename="../../ui/groups_panel.py" line="326" />
      <source>Round %1</source>
      <translation>ラウンド %1</translation>
    </message>
    <message>
      <location filename="../../ui/groups_panel.py" line="334" />
      <source>%1 people in %2 groups. Same-department pairs: %3. Partners meeting again: %4.</source>
      <translation>%1 人・%2 グループ。同じ部署の組み合わせ：%3。再び同じ相手：%4。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/import_tables.py" line="23" />
      <source>Workshop</source>
      <extracomment>The archive's sections as the counts table names them.</extracomment>
      <translation>ワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="24" />
      <source>Agenda stages</source>
      <translation>アジェンダ</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="25" />
      <source>Participants</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="26" />
      <source>Worksheets</source>
      <translation>ワークシート</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="27" />
      <source>Run log</source>
      <translation>進行記録</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="28" />
      <source>Group rounds</source>
      <translation>グループ分け</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="29" />
      <source>Erasure records</source>
      <translation>消去の記録</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="32" />
      <source>Added</source>
      <translation>追加</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="33" />
      <source>Updated</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="34" />
      <source>Unchanged</source>
      <translation>変更なし</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="35" />
      <source>Kept here</source>
      <translation>こちらを維持</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="38" />
      <source>What</source>
      <translation>対象</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="39" />
      <source>Copy kept</source>
      <translation>残す方</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="40" />
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="45" />
      <source>The archive's copy is newer.</source>
      <extracomment>Why a copy was kept, worked out from the conflict's fields (the core's own ``reason`` is English for the CLI, and only shown for a case this list does not know).</extracomment>
      <translation>アーカイブの方が新しいため。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="46" />
      <source>The copy here is newer.</source>
      <translation>こちらの方が新しいため。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="47" />
      <source>Both were changed at the same moment: the copy here is kept.</source>
      <translation>両方が同時刻に変更されたため、こちらを残します。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="50" />
      <source>This workshop's personal data was erased here: the archive's details, people and worksheets are left out.</source>
      <translation>このワークショップの個人データはこちらで消去済みのため、アーカイブの詳細・参加者・ワークシートは取り込みません。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="55" />
      <source>Two different runs of this workshop: the run log here is kept whole.</source>
      <translation>このワークショップが別々に進行されているため、こちらの進行記録をそのまま残します。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="58" />
      <source>Different group rounds with the same numbers: the rounds here are kept.</source>
      <translation>同じ番号の別のグループ分けがあるため、こちらのグループ分けを残します。</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="75" />
      <source>Round %1</source>
      <translation>%1 回目</translation>
    </message>
    <message>
      <location filename="../../ui/import_tables.py" line="80" />
      <source>%1 events in the archive, %2 here</source>
      <translation>アーカイブに %1 件、こちらに %2 件</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="93" />
      <source>Choose an Ippo archive</source>
      <translation>Ippo のアーカイブを選択</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="101" />
      <source>Ippo archive (*.json)</source>
      <translation>Ippo アーカイブ (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="167" />
      <source>Import an archive</source>
      <translation>アーカイブの取り込み</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="170" />
      <source>Merge a workshop exported as a complete archive (JSON) on another computer. You will see what would change before anything is imported.</source>
      <translation>別のパソコンで書き出した完全なアーカイブ（JSON）を取り込みます。取り込む前に、何が変わるかを確認できます。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="174" />
      <source>Choose file…</source>
      <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="175" />
      <source>Workshop in the archive</source>
      <translation>アーカイブのワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Facilitator</source>
      <translation>ファシリテーター</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="178" />
      <source>Exported at</source>
      <translation>書き出し日時</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="185" />
      <source>Import</source>
      <translation>取り込む</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="186" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="215" />
      <source>Reading the archive…</source>
      <translation>アーカイブを読み込んでいます…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="223" />
      <source>Importing…</source>
      <translation>取り込んでいます…</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="233" />
      <source>Removing the people erased on the other computer from the backups: %1 of %2</source>
      <translation>別のパソコンで消去された人をバックアップから消去しています：%2件中%1件目</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="259" />
      <source>No file chosen yet.</source>
      <translation>ファイルはまだ選ばれていません。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="299" />
      <source>The archive's copy</source>
      <translation>アーカイブ側</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="299" />
      <source>The copy here</source>
      <translation>こちら側</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="308" />
      <source>Changed on both sides (%1): one copy is kept</source>
      <translation>両方で変更されたデータ（%1 件）：どちらか一方を残します</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="320" />
      <source>%1 people erased here are not brought back.</source>
      <translation>こちらで消去した %1 人のデータは取り込みません。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="325" />
      <source>%1 people erased on the other computer are erased here too.</source>
      <translation>別のパソコンで消去された %1 人は、こちらでも消去されます。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="332" />
      <source>They were also removed from %1 backups.</source>
      <translation>この人たちはこのパソコンの %1 件のバックアップからも消去しました。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="337" />
      <source>Could not erase them from the backup %1 (%2): delete that file yourself.</source>
      <translation>バックアップ %1 からは消去できませんでした（%2）。このファイルはご自身で削除してください。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="340" />
      <source>A copy stays in the store's log until Ippo closes.</source>
      <translation>Ippo を閉じるまで、データベースの記録（ログ）に写しが残ります。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="342" />
      <source>Everything in this archive is already here.</source>
      <translation>このアーカイブの内容はすべて取り込み済みです。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="344" />
      <source>Nothing has been changed yet. Import to merge it.</source>
      <translation>まだ何も変更していません。「取り込む」を押すと統合します。</translation>
    </message>
    <message>
      <location filename="../../ui/import_dialog.py" line="346" />
      <source>Imported: “%1” is now in the list of workshops.</source>
      <translation>取り込みました。「%1」がワークショップの一覧に入りました。</translation>
    </message>
  </context>
  <context>
    <name>Kiosk</name>
    <message>
      <location filename="../../ui/kiosk.py" line="129" />
      <source>%1's worksheet</source>
      <translation>%1 さんのワークシート</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk.py" line="133" />
      <source>Write in your own words. Nobody else's answers are on this screen.</source>
      <translation>自分の言葉で書いてください。この画面にほかの人の回答は表示されません。</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk.py" line="138" />
      <source>Back to the facilitator</source>
      <translation>担当者に戻す</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk.py" line="160" />
      <source>Facilitator PIN</source>
      <translation>担当者の PIN</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk.py" line="161" />
      <source>Enter the facilitator's PIN to leave the kiosk.</source>
      <translation>記入画面を終えるには、担当者の PIN を入力してください。</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk.py" line="192" />
      <source>Wrong PIN.</source>
      <translation>PIN が違います。</translation>
    </message>
  </context>
  <context>
    <name>KioskPin</name>
    <message>
      <location filename="../../ui/kiosk_pin.py" line="18" />
      <source>Choose a PIN (at least 4 digits). You need it to leave the kiosk.</source>
      <translation>PIN を決めてください（4桁以上）。キオスク画面を終えるときに必要です。</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk_pin.py" line="24" />
      <source>Kiosk</source>
      <translation>キオスク</translation>
    </message>
    <message>
      <location filename="../../ui/kiosk_pin.py" line="32" />
      <source>The PIN needs at least 4 digits (0–9). Choose a PIN:</source>
      <translation>PIN は4桁以上の数字（0〜9）にしてください。PIN を決めてください:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="159" />
      <location filename="../../ui/main_window.py" line="245" />
      <source>Worksheets</source>
      <translation>ワークシート</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="171" />
      <source>%1 template(s) could not be loaded: %2: %3: %4</source>
      <translation>%1 件のテンプレートを読み込めませんでした: %2: %3: %4</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="235" />
      <source>Ippo — career ownership workshops</source>
      <translation>Ippo — キャリアオーナーシップ・ワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="239" />
      <source>Workshop</source>
      <translation>ワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="240" />
      <source>Agenda</source>
      <translation>アジェンダ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="241" />
      <source>Participants</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="242" />
      <location filename="../../ui/room_commands.py" line="185" />
      <source>Groups</source>
      <translation>グループ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="243" />
      <source>Details</source>
      <translation>詳細</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="246" />
      <source>Workshops</source>
      <translation>ワークショップ一覧</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="313" />
      <source>No workshop open. Create one with New workshop.</source>
      <translation>ワークショップが開かれていません。「新しいワークショップ」から作成してください。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="317" />
      <source>%1 — %2 · %3 people</source>
      <translation>%1 — %2 · %3 名</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="319" />
      <source>no date</source>
      <translation>日付未定</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="323" />
      <source>(running: the agenda can be edited after the workshop)</source>
      <translation>（進行中：アジェンダはワークショップの後で編集できます）</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="46" />
      <source>%1 (copy)</source>
      <translation>%1（コピー）</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="47" />
      <source>Delete 「%1」 with its agenda and its %2 participants' data? A backup is taken first.</source>
      <translation>「%1」をアジェンダと参加者 %2 名のデータごと削除しますか？ 削除の前にバックアップを取ります。</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="51" />
      <source>Delete workshop</source>
      <translation>ワークショップの削除</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="52" />
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="349" />
      <source>Some typing could not be saved. Quit anyway and lose it?</source>
      <translation>入力した内容の一部を保存できませんでした。失われますが、終了しますか？</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="350" />
      <source>Quit anyway</source>
      <translation>保存せずに終了</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="64" />
      <source>Kiosk</source>
      <translation>キオスク</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="65" />
      <source>Choose a participant in Worksheets first.</source>
      <translation>先に「ワークシート」で参加者を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="104" />
      <source>Some typing is not saved yet.</source>
      <translation>入力した内容の一部がまだ保存されていません。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="105" />
      <source>It is kept on screen. Read the message in Worksheets, then try again.</source>
      <translation>入力内容は画面に残っています。「ワークシート」のメッセージを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="123" />
      <source>Save the group list</source>
      <translation>グループ一覧の保存</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="134" />
      <source>The list could not be saved: %1</source>
      <translation>一覧を保存できませんでした: %1</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="137" />
      <source>Choose another folder, or free some disk space.</source>
      <translation>別のフォルダーを選ぶか、ディスクの空きを増やしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="143" />
      <source>Saved the group list: %1</source>
      <translation>グループ一覧を保存しました: %1</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="146" />
      <source>These characters cannot be printed: %1 — set a print name.</source>
      <translation>印刷できない文字があります: %1 — 印刷用の氏名を設定してください。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="186" />
      <source>Open run mode (Ctrl+R) to show the groups on the projector; they are kept for it, and G shows or hides them.</source>
      <translation>進行画面（Ctrl+R）を開くと、グループをプロジェクターに表示できます。グループは保持され、G キーで表示／非表示を切り替えます。</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="207" />
      <source>Preview</source>
      <translation>プレビュー</translation>
    </message>
    <message>
      <location filename="../../ui/room_commands.py" line="208" />
      <source>Choose a participant in Participants or Worksheets first.</source>
      <translation>先に「参加者」か「ワークシート」で参加者を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="53" />
      <source>Run the workshop</source>
      <translation>ワークショップの進行</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="54" />
      <source>「%1」 is running. Close its console before running another.</source>
      <translation>「%1」を進行中です。別のワークショップを進行するには、先にその進行画面を閉じてください。</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="55" />
      <source>Saved the agenda as a template: %1</source>
      <translation>アジェンダをテンプレートとして保存しました: %1</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_commands.py" line="56" />
      <source>Backup saved: %1</source>
      <translation>バックアップを保存しました: %1</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="32" />
      <source>The retention date has passed for:
%1

Anonymise now? Names become P01, P02, …, experience texts are erased (also in Ippo's backups), and the anonymised summary can still be exported.</source>
      <translation>次のワークショップの保存期限が過ぎました：
%1

今すぐ匿名化しますか？ 氏名は P01、P02… に置き換わり、経験の記述は消去されます（Ippo のバックアップからも）。匿名化したサマリーは引き続き書き出せます。</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="34" />
      <source>Personal data past its retention date</source>
      <translation>保存期限を過ぎた個人データ</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="35" />
      <source>Anonymise now</source>
      <translation>今すぐ匿名化</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="36" />
      <source>Anonymising…</source>
      <translation>匿名化しています…</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="37" />
      <source>%1 workshop(s) anonymised; %2 backup(s) rewritten.</source>
      <translation>%1 件のワークショップを匿名化し、%2 件のバックアップを書き換えました。</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="38" />
      <source>Some backups could not be rewritten: %1</source>
      <translation>書き換えられなかったバックアップがあります：%1</translation>
    </message>
    <message>
      <location filename="../../ui/exchange_commands.py" line="39" />
      <source>%1 (until %2)</source>
      <translation>%1（期限 %2）</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="37" />
      <source>Erasure finished</source>
      <translation>消去を完了しました</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="34" />
      <source>Ippo was closed while it was erasing someone from its backups; that is finished now.</source>
      <translation>前回、バックアップからの消去の途中で Ippo が終了しました。その消去を今完了しました。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="38" />
      <source>Erasure not finished</source>
      <translation>消去が完了していません</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="35" />
      <source>Ippo was closed while it was erasing someone from its backups, and could not finish it now (%1). It tries again at the next start.</source>
      <translation>前回、バックアップからの消去の途中で Ippo が終了しましたが、今回も完了できませんでした（%1）。次回の起動時にもう一度試します。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="39" />
      <source>Erasing %1…</source>
      <translation>%1 さんのデータを消去しています…</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="40" />
      <source>Everything about %1 was erased from the store.</source>
      <translation>%1 さんのデータをすべて消去しました。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="41" />
      <source>It was also removed from %1 backups.</source>
      <translation>%1 件のバックアップからも消去しました。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="42" />
      <source>Could not erase it from the backup %1 (%2): delete that file yourself.</source>
      <translation>バックアップ %1 からは消去できませんでした（%2）。このファイルはご自身で削除してください。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="45" />
      <source>Files exported or printed before are not touched.</source>
      <translation>これまでに書き出したファイルや印刷物はそのまま残ります。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="46" />
      <source>A copy stays in the store's log until Ippo closes.</source>
      <translation>Ippo を閉じるまで、データベースの記録（ログ）に写しが残ります。</translation>
    </message>
    <message>
      <location filename="../../ui/people_commands.py" line="47" />
      <source>Participant erased</source>
      <translation>参加者を消去しました</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="42" />
      <source>New workshop</source>
      <translation>新しいワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="56" />
      <source>e.g. Career workshop for new managers</source>
      <translation>例：新任管理職向けキャリア研修</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="72" />
      <source>Template</source>
      <translation>テンプレート</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="73" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="74" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="75" />
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="76" />
      <source>Facilitator</source>
      <translation>ファシリテーター</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="77" />
      <source>Language of the room</source>
      <translation>会場の言語</translation>
    </message>
  </context>
  <context>
    <name>OperatorConsole</name>
    <message>
      <location filename="../../ui/operator_console.py" line="185" />
      <source>The run was resumed where it was. The clock kept running while Ippo was closed, as the room kept working.</source>
      <translation>進行を中断した時点から再開しました。Ippo が閉じていた間も、会場の時間は進んでいたため時計は進んでいます。</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="221" />
      <source>Ippo — running %1</source>
      <translation>Ippo — 進行中: %1</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="231" />
      <source>Stage</source>
      <translation>ステージ</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="231" />
      <source>Planned</source>
      <translation>予定</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="231" />
      <source>Actual</source>
      <translation>実績</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="231" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="233" />
      <source>On the projector</source>
      <translation>プロジェクターの表示</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="234" />
      <source>Mute the chimes</source>
      <translation>チャイムを消音</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="235" />
      <location filename="../../ui/operator_console.py" line="236" />
      <source>Chime volume</source>
      <translation>チャイムの音量</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="258" />
      <source>Next: %1</source>
      <translation>次: %1</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="267" />
      <source>Pause</source>
      <translation>一時停止</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="269" />
      <source>Resume</source>
      <translation>再開</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="271" />
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="276" />
      <source>Not started — press Space to start</source>
      <translation>未開始 — スペースキーで開始</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="277" />
      <source>On time</source>
      <translation>順調</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="278" />
      <source>Warning: wrap up soon</source>
      <translation>予告: まもなくまとめへ</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="279" />
      <source>Last 30 seconds</source>
      <translation>残り30秒</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="280" />
      <source>Overtime</source>
      <translation>時間超過</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="281" />
      <source>Finished</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="284" />
      <source>%1 (paused)</source>
      <translation>%1（一時停止中）</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="289" />
      <source>now</source>
      <translation>進行中</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="291" />
      <source>done</source>
      <translation>済</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="311" />
      <source>not started</source>
      <translation>未開始</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="313" />
      <source>on schedule</source>
      <translation>予定どおり</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="315" />
      <source>%1 behind</source>
      <translation>%1 遅れ</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="317" />
      <source>%1 ahead</source>
      <translation>%1 早い</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="320" />
      <source>Planned end %1 · projected end %2 · %3</source>
      <translation>予定終了 %1 · 見込み終了 %2 · %3</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="338" />
      <source>Catch-up plan (A): win back %1 by shortening %2 (minutes).</source>
      <translation>遅れ取り戻し案（A）: %2（分）に短縮して %1 取り戻します。</translation>
    </message>
    <message>
      <location filename="../../ui/operator_console.py" line="356" />
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <location filename="../../ui/participants_view.py" line="48" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="49" />
      <source>Reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="50" />
      <source>Department</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="51" />
      <source>Employee code</source>
      <translation>社員番号</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="52" />
      <source>Checked in</source>
      <translation>受付済み</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="107" />
      <source>Printed as %1</source>
      <extracomment>``check_in(person, present)``: set by the panel; None while the store is not open.</extracomment>
      <translation>印刷時の表記: %1</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPanel</name>
    <message>
      <location filename="../../ui/participants_view.py" line="200" />
      <source>Search by name, reading, department, code…</source>
      <translation>氏名・ふりがな・部署・社員番号で検索…</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="201" />
      <source>Search participants</source>
      <translation>参加者を検索</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="202" />
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="203" />
      <source>Edit…</source>
      <translation>編集…</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="204" />
      <source>Remove…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="205" />
      <source>Import a roster…</source>
      <translation>名簿を読み込む…</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="206" />
      <source>Participants</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="252" />
      <source>Checked in %1 / %2</source>
      <translation>受付済み %1 / %2 名</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../ui/person_dialog.py" line="27" />
      <source>Edit participant</source>
      <translation>参加者の編集</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="27" />
      <source>Add participant</source>
      <translation>参加者の追加</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="32" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="33" />
      <source>Reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="34" />
      <source>Department</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="35" />
      <source>Employee code</source>
      <translation>社員番号</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="36" />
      <source>E-mail</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="37" />
      <source>Print name</source>
      <translation>印刷用の氏名</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="45" />
      <source>The name is kept exactly as typed. Print name: what the sheet prints instead, when a character cannot be printed or the person prefers it.</source>
      <translation>氏名は入力されたとおりに保存します。印刷用の氏名は、印刷できない文字があるときや本人の希望があるときに、シートへ代わりに印刷する表記です。</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="75" />
      <source>Remove participant</source>
      <translation>参加者の削除</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="77" />
      <source>Remove 「%1」 from the list?</source>
      <translation>「%1」を一覧から外しますか？</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="82" />
      <source>Keep the worksheet: the person leaves the list, groups and printing; what they wrote stays in the store. Erase: everything about the person is deleted, also from Ippo's backups on this computer. Files you exported or printed before are not touched: delete them yourself.</source>
      <translation>ワークシートを残す：名簿・グループ・印刷の対象から外し、書いた内容は保存したままにします。すべて消去：この人のデータをすべて削除します（このパソコン上の Ippo のバックアップからも）。これまでに書き出したファイルや印刷物は対象外です。ご自身で削除してください。</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="95" />
      <source>Erase everything about them</source>
      <translation>すべて消去する</translation>
    </message>
    <message>
      <location filename="../../ui/person_dialog.py" line="91" />
      <source>Remove, keep the worksheet</source>
      <translation>外す（ワークシートは残す）</translation>
    </message>
  </context>
  <context>
    <name>PrintBatchDialog</name>
    <message>
      <location filename="../../ui/print_batch.py" line="81" />
      <source>There is nobody to print a sheet for.</source>
      <translation>シートを印刷する対象の人がいません。</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="82" />
      <source>Check people in first, or choose other people.</source>
      <translation>先に受付（チェックイン）をするか、別の人を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="130" />
      <source>Save the sheets as one PDF</source>
      <extracomment>(id, name, checked in): plain values read once on the GUI thread.</extracomment>
      <translation>シートを1つのPDFに保存</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="138" />
      <source>Choose a folder for the sheets</source>
      <translation>シートを保存するフォルダーを選択</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="218" />
      <source>Print sheets: %1</source>
      <translation>シートの印刷：%1</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="219" />
      <source>Who</source>
      <translation>対象者</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="220" />
      <source>Everyone (%1)</source>
      <translation>全員（%1人）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="221" />
      <source>The people checked in (%1)</source>
      <translation>受付済みの人（%1人）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="222" />
      <source>Only the people ticked below</source>
      <translation>下でチェックした人だけ</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="223" />
      <source>Sheets</source>
      <translation>シート</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="224" />
      <source>Filled in with each person's answers</source>
      <translation>各自の記入内容を印刷</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="225" />
      <source>Blank, with each person's name (to write by hand)</source>
      <translation>白紙（名前入り・手書き用）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="226" />
      <source>Add one blank sheet without a name (for walk-ins)</source>
      <translation>名前なしの白紙を1枚追加（当日参加者用）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="227" />
      <source>Files</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="228" />
      <source>One PDF for all (one print job)</source>
      <translation>全員分を1つのPDFに（1回で印刷）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="229" />
      <source>One PDF per person, in a folder</source>
      <translation>1人1つのPDF（フォルダーに保存）</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="230" />
      <source>Paper</source>
      <translation>用紙</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="231" />
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="232" />
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="233" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="234" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="287" />
      <source>sheets</source>
      <translation>シート</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="296" />
      <source>Preparing…</source>
      <translation>準備しています…</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="302" />
      <source>Cancelling…</source>
      <translation>キャンセルしています…</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="308" />
      <source>Sheet %1 of %2</source>
      <translation>%2枚中%1枚目</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="335" />
      <source>Cancelled: no file was written.</source>
      <translation>キャンセルしました。ファイルは作成されていません。</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="338" />
      <source>Cancelled. The %1 files finished so far are kept in %2.</source>
      <translation>キャンセルしました。作成済みの%1個のファイルは%2に残っています。</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="342" />
      <source>%1 sheets written to %2.</source>
      <translation>%1枚のシートを%2に保存しました。</translation>
    </message>
    <message>
      <location filename="../../ui/print_batch.py" line="344" />
      <source>%1 files written to %2.</source>
      <translation>%1個のファイルを%2に保存しました。</translation>
    </message>
  </context>
  <context>
    <name>ProjectorTheme</name>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="213" />
      <source>Time left</source>
      <translation>残り時間</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="214" />
      <source>Almost time</source>
      <translation>まもなく終了</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="215" />
      <source>Final seconds</source>
      <translation>残りわずか</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="216" />
      <source>Over time</source>
      <translation>時間超過</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="234" />
      <source>The colour for “%1” (%2) is too faint on the projector; shown as %3.</source>
      <translation>「%1」の色 %2 はプロジェクターで見えにくいため、%3 で表示します。</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="237" />
      <source>The colour for “%1” (%2) is too close to the normal background; shown as %3.</source>
      <translation>「%1」の色 %2 は通常の背景と区別しにくいため、%3 で表示します。</translation>
    </message>
    <message>
      <location filename="../../ui/projector_custom_theme.py" line="241" />
      <source>The colour for “%1” looks like the one for “%2”; the projector still tells them apart by word and shape.</source>
      <translation>「%1」の色は「%2」の色とよく似ています。プロジェクターでは言葉と形で区別します。</translation>
    </message>
  </context>
  <context>
    <name>ProjectorWindow</name>
    <message>
      <location filename="../../ui/projector_view.py" line="238" />
      <source>Ippo – Projector</source>
      <translation>Ippo – プロジェクター</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="243" />
      <source>Starting soon</source>
      <translation>まもなく開始</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="244" />
      <source>Time left</source>
      <translation>残り時間</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="245" />
      <source>Almost time</source>
      <translation>まもなく終了</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="246" />
      <source>Last %1 seconds</source>
      <translation>残り%1秒</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="247" />
      <source>Over time</source>
      <translation>時間超過</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="248" />
      <source>Finished</source>
      <translation>おつかれさまでした</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="250" />
      <source>Time is up</source>
      <translation>時間です</translation>
    </message>
    <message>
      <location filename="../../ui/projector_view.py" line="251" />
      <source>Paused</source>
      <translation>一時停止中</translation>
    </message>
  </context>
  <context>
    <name>RosterImportDialog</name>
    <message>
      <location filename="../../ui/roster_texts.py" line="24" />
      <source>Not used</source>
      <translation>使わない</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="25" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="26" />
      <source>Reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="27" />
      <source>Department</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="28" />
      <source>Employee code</source>
      <translation>社員番号</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="29" />
      <source>E-mail</source>
      <translation>メール</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="32" />
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="33" />
      <source>UTF-8 with byte order mark</source>
      <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="34" />
      <source>UTF-16 (Excel's Unicode text)</source>
      <translation>UTF-16（Excel の Unicode テキスト）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="35" />
      <source>Shift_JIS (cp932, Japanese Excel)</source>
      <translation>Shift_JIS（cp932、日本語版 Excel）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="38" />
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="39" />
      <source>Warning</source>
      <translation>注意</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="40" />
      <source>Note</source>
      <translation>参考</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="43" />
      <source>comma</source>
      <translation>カンマ</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="44" />
      <source>tab</source>
      <translation>タブ</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="45" />
      <source>semicolon</source>
      <translation>セミコロン</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="48" />
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="49" />
      <source>Encoding</source>
      <translation>文字コード</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="50" />
      <source>Delimiter</source>
      <translation>区切り文字</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="51" />
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="52" />
      <source>First rows</source>
      <translation>先頭の行</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="53" />
      <source>Problems</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="57" />
      <source>chosen by you</source>
      <extracomment>The core's fixed texts (encoding reasons, messages without values): same English as there.</extracomment>
      <translation>手動で指定</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="58" />
      <source>starts with the UTF-8 byte order mark</source>
      <translation>UTF-8 の BOM で始まっています</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="59" />
      <source>starts with the UTF-16 little-endian byte order mark, as Excel's Unicode text does</source>
      <translation>UTF-16 リトルエンディアンの BOM で始まっています（Excel の Unicode テキスト形式）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="63" />
      <source>starts with the UTF-16 big-endian byte order mark</source>
      <translation>UTF-16 ビッグエンディアンの BOM で始まっています</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="64" />
      <source>no byte order mark, but the NUL bytes of UTF-16 text</source>
      <translation>BOM はありませんが、UTF-16 テキストの NUL バイトがあります</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="65" />
      <source>not valid UTF-8, so read as Japanese Windows text, as Excel saves CSV</source>
      <translation>UTF-8 ではないため、Excel の CSV と同じ日本語 Windows の文字コードとして読みました</translation>
    </message>
    <message>
      <location filename="../../ui/roster_texts.py" line="69" />
      <source>valid UTF-8, no byte order mark</source>
      <translation>BOM なしの UTF-8 です</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="106" />
      <source>Choose a roster file</source>
      <translation>名簿ファイルを選択</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="107" />
      <source>Rosters (*.csv *.tsv *.txt);;All files (*)</source>
      <translation>名簿 (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="194" />
      <source>Import a roster</source>
      <translation>名簿の読み込み</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="197" />
      <source>Import</source>
      <translation>読み込む</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="198" />
      <source>Skip the lines with errors and import the rest</source>
      <translation>エラーのある行を飛ばして残りを読み込む</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="200" />
      <location filename="../../ui/roster_dialog.py" line="336" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="200" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="200" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="200" />
      <source>Message</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="202" />
      <source>Decide automatically</source>
      <translation>自動判定</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="259" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="260" />
      <source>%1; the header is on line %2</source>
      <translation>%1、見出しは %2 行目</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="273" />
      <source>This file cannot be imported.
%1</source>
      <translation>このファイルは読み込めません。
%1</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="276" />
      <source>No column is recognised as the name: choose the column that holds the name.</source>
      <translation>氏名の列が見つかりません。氏名が入っている列を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="324" />
      <source>(empty)</source>
      <translation>（空欄）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="325" />
      <source>%1 (not recognised)</source>
      <translation>%1（不明な列）</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="359" />
      <source>… and %1 more</source>
      <translation>…ほか %1 件</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="368" />
      <source>%1 people will be imported</source>
      <translation>%1 人を読み込みます</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="370" />
      <source>%1 errors</source>
      <translation>%1 件のエラー</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="371" />
      <source>%1 new, %2 updated, %3 unchanged</source>
      <translation>新規 %1 人、更新 %2 人、変更なし %3 人</translation>
    </message>
    <message>
      <location filename="../../ui/roster_dialog.py" line="374" />
      <source>Correct the lines with errors in the file, or skip them.</source>
      <translation>エラーのある行をファイルで直すか、飛ばしてください。</translation>
    </message>
  </context>
  <context>
    <name>RunActions</name>
    <message>
      <location filename="../../ui/run_actions.py" line="26" />
      <source>Start / pause</source>
      <translation>開始／一時停止</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="27" />
      <source>Next stage</source>
      <translation>次のステージ</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="28" />
      <source>Previous stage</source>
      <translation>前のステージ</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="29" />
      <source>+1 minute</source>
      <translation>＋1分</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="30" />
      <source>−1 minute</source>
      <translation>−1分</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="31" />
      <source>+5 minutes</source>
      <translation>＋5分</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="32" />
      <source>−5 minutes</source>
      <translation>−5分</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="33" />
      <source>Blackout</source>
      <translation>ブラックアウト</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="34" />
      <source>Message to the room…</source>
      <translation>会場へのメッセージ…</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="35" />
      <source>Show / hide the groups</source>
      <translation>グループ表示の切り替え</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="36" />
      <source>Apply the catch-up plan</source>
      <translation>遅れ取り戻し案を適用</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="37" />
      <source>Started late…</source>
      <translation>開始が遅れた…</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="38" />
      <source>Projector full screen</source>
      <translation>プロジェクターを全画面表示</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="39" />
      <source>Leave full screen</source>
      <translation>全画面表示を終了</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="41" />
      <source>Undo the last action</source>
      <translation>直前の操作を取り消す</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="42" />
      <source>Finish the workshop…</source>
      <translation>ワークショップを終了…</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="43" />
      <source>Venue check…</source>
      <translation>会場チェック…</translation>
    </message>
    <message>
      <location filename="../../ui/run_actions.py" line="44" />
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
  </context>
  <context>
    <name>RunMode</name>
    <message>
      <location filename="../../ui/run_mode.py" line="39" />
      <source>Break until %1</source>
      <translation>休憩 %1 まで</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="40" />
      <source>Please form pairs</source>
      <translation>ペアを作ってください</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="41" />
      <source>Please return to your seats</source>
      <translation>席にお戻りください</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="42" />
      <source>Write on your own for now</source>
      <translation>まずは一人で書いてください</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="46" />
      <source>Message to the room</source>
      <translation>会場へのメッセージ</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="47" />
      <source>Message:</source>
      <translation>メッセージ:</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="58" />
      <source>Started late</source>
      <translation>開始の遅れ</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="59" />
      <source>How many minutes late did we start?</source>
      <translation>何分遅れて始まりましたか？</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="87" />
      <source>Ippo projector — %1</source>
      <translation>Ippo プロジェクター — %1</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="173" />
      <source>Finish the workshop</source>
      <extracomment>The cards the Groups tab last sent; G shows or hides them on the projector.</extracomment>
      <translation>ワークショップの終了</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="174" />
      <source>Finish the workshop now? The planned and actual times are kept for the report.</source>
      <translation>ワークショップを終了しますか？ 予定と実績の時間はレポート用に保存されます。</translation>
    </message>
    <message>
      <location filename="../../ui/run_mode.py" line="178" />
      <source>Finish</source>
      <translation>終了</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/settings_dialog.py" line="94" />
      <source>Choose a colour</source>
      <translation>色を選ぶ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="100" />
      <source>Add fallback fonts</source>
      <translation>代替フォントを追加</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="101" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType フォント (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="108" />
      <source>Kiosk PIN</source>
      <translation>キオスクの PIN</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="109" />
      <source>New PIN (4 to 8 digits):</source>
      <translation>新しい PIN（4〜8 桁の数字）:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="117" />
      <source>A PIN has 4 to 8 digits (0–9). New PIN:</source>
      <translation>PIN は 4〜8 桁の数字（0〜9）です。新しい PIN:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="110" />
      <source>Type the same PIN again:</source>
      <translation>確認のため、同じ PIN をもう一度入力してください:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="126" />
      <source>The two PINs were not the same. New PIN (4 to 8 digits):</source>
      <translation>2 回の入力が一致しませんでした。新しい PIN（4〜8 桁の数字）:</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="132" />
      <location filename="../../ui/settings_dialog.py" line="174" />
      <source>Restore defaults</source>
      <translation>既定値に戻す</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="133" />
      <source>Set every setting back to its default? The kiosk PIN and the fallback fonts are removed; window sizes are kept.</source>
      <translation>すべての設定を既定値に戻しますか？キオスクの PIN と代替フォントは削除されます。ウィンドウの大きさはそのままです。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="142" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="17" />
      <source>General</source>
      <translation>全般</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="18" />
      <source>Appearance</source>
      <translation>外観</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="19" />
      <source>Projector</source>
      <translation>プロジェクター</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="20" />
      <source>Run</source>
      <translation>進行</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="21" />
      <source>Printing</source>
      <translation>印刷</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="22" />
      <source>Kiosk</source>
      <translation>キオスク</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="23" />
      <source>Backups</source>
      <translation>バックアップ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="147" />
      <source>Sections</source>
      <translation>項目</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="27" />
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="28" />
      <source>Facilitator's name</source>
      <translation>ファシリテーター名</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="29" />
      <source>Default template</source>
      <translation>既定のテンプレート</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="30" />
      <source>App theme</source>
      <translation>アプリのテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="31" />
      <source>Projector theme</source>
      <translation>プロジェクターのテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="32" />
      <source>Projector screen</source>
      <translation>プロジェクターの画面</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="33" />
      <source>Warning time</source>
      <translation>予告時間</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="34" />
      <source>Chime volume</source>
      <translation>チャイムの音量</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="35" />
      <source>Paper size</source>
      <translation>用紙サイズ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="36" />
      <source>Fallback fonts</source>
      <translation>代替フォント</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="37" />
      <source>Keep daily backups for</source>
      <translation>バックアップの保存期間</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="41" />
      <source>Ippo switches at once. Printed sheets use each workshop's own language.</source>
      <translation>すぐに切り替わります。印刷するシートは各ワークショップの言語になります。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="42" />
      <source>Filled in for new workshops.</source>
      <translation>新しいワークショップに自動で入ります。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="43" />
      <source>Chosen first for new workshops.</source>
      <translation>新しいワークショップで最初に選ばれます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="44" />
      <source>The colours of Ippo's own windows. The projector has its own theme.</source>
      <translation>Ippo のウィンドウの配色です。プロジェクターには別のテーマがあります。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="159" />
      <location filename="../../ui/settings_texts.py" line="60" />
      <source>Custom colours</source>
      <translation>カスタムの色</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="69" />
      <source>Time left</source>
      <translation>残り時間</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="70" />
      <source>Almost time</source>
      <translation>まもなく終了</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="71" />
      <source>Last %1 seconds</source>
      <translation>残り%1秒</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="72" />
      <source>Over time</source>
      <translation>時間超過</translation>
    </message>
    <message>
      <location filename="../../ui/settings_fields.py" line="45" />
      <source>%1 cannot be read (%2).</source>
      <translation>%1 を読み込めません（%2）。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_fields.py" line="48" />
      <source>%1 is not a TrueType font, which printing needs (.ttf or .ttc).</source>
      <translation>%1 は TrueType フォントではないため、印刷に使えません（.ttf または .ttc を選んでください）。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="45" />
      <source>The projector also names each phase in words, so colour is never the only cue.</source>
      <translation>プロジェクターは各段階を文字でも示すので、色だけに頼ることはありません。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="163" />
      <source> min</source>
      <translation> 分</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="164" />
      <source>No warning</source>
      <translation>予告なし</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="46" />
      <source>How long before the end of a stage the projector says “Almost time”, unless the stage sets its own time.</source>
      <translation>ステージ終了の何分前にプロジェクターが「まもなく終了」を表示するか。ステージごとに時間を決めている場合はそちらが優先されます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="165" />
      <source>Play chimes</source>
      <translation>チャイムを鳴らす</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="166" />
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="167" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="47" />
      <source>Printed sheets use the IPAex fonts. A character they lack (a rare kanji, an emoji) is drawn with the first font in this list that has it. TrueType fonts (.ttf, .ttc) only.</source>
      <translation>印刷するシートは IPAex フォントを使います。IPAex にない文字（まれな漢字や絵文字）は、このリストの上から順に、その文字を持つフォントで印刷します。TrueType フォント（.ttf、.ttc）のみ使えます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="168" />
      <source>Remove the PIN</source>
      <translation>PIN を削除</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="48" />
      <source>Ippo keeps only a one-way hash of the PIN, never the digits.</source>
      <translation>Ippo が保存するのは元に戻せない形（ハッシュ）だけで、PIN の数字そのものは保存しません。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="170" />
      <source> days</source>
      <translation> 日</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="49" />
      <source>Ippo keeps one backup a day for this many days; older ones are deleted.</source>
      <translation>この日数のあいだ 1 日 1 つのバックアップを残し、それより古いものは削除します。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="171" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="172" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="173" />
      <source>Apply</source>
      <translation>適用</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="54" />
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="55" />
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="58" />
      <source>Dark, high contrast (default)</source>
      <translation>ダーク・高コントラスト（既定）</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="59" />
      <source>Light, for bright rooms</source>
      <translation>ライト（明るい部屋向け）</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="63" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../ui/settings_texts.py" line="64" />
      <source>Letter</source>
      <translation>レター</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="185" />
      <location filename="../../ui/settings_dialog.py" line="224" />
      <source>%1 (not found)</source>
      <translation>%1（見つかりません）</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="188" />
      <source>Automatic (the first screen other than the laptop's)</source>
      <translation>自動（ノートパソコン以外の最初の画面）</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="194" />
      <location filename="../../ui/settings_dialog.py" line="229" />
      <source>%1 (not connected)</source>
      <translation>%1（接続されていません）</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="237" />
      <source>Colour for “%1”: %2</source>
      <translation>「%1」の色: %2</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="260" />
      <source>A PIN is set: the kiosk asks for it before anyone can leave.</source>
      <translation>PIN が設定されています。キオスク画面を終えるときにこの PIN を求めます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="262" />
      <source>Change the PIN…</source>
      <translation>PIN を変更…</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="265" />
      <source>No PIN is set: the kiosk asks for a new PIN each time it opens.</source>
      <translation>PIN は設定されていません。キオスク画面を開くたびに新しい PIN を決めます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="267" />
      <source>Set a PIN…</source>
      <translation>PIN を設定…</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="340" />
      <source>A PIN has 4 to 8 digits (0–9).</source>
      <translation>PIN は 4〜8 桁の数字（0〜9）です。</translation>
    </message>
  </context>
  <context>
    <name>SettingsStore</name>
    <message>
      <location filename="../../ui/settings_store.py" line="47" />
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="48" />
      <source>ja or en</source>
      <translation>ja または en</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="49" />
      <source>Facilitator's name</source>
      <translation>ファシリテーター名</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="50" />
      <source>a name</source>
      <translation>名前</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="51" />
      <source>Default template</source>
      <translation>既定のテンプレート</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="52" />
      <source>a template id</source>
      <translation>テンプレートの ID</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="53" />
      <source>App theme</source>
      <translation>アプリのテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="54" />
      <source>light or dark</source>
      <translation>light または dark</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="55" />
      <source>Projector theme</source>
      <translation>プロジェクターのテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="56" />
      <source>dark, light or custom</source>
      <translation>dark・light・custom のいずれか</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="57" />
      <source>Custom projector colours</source>
      <translation>プロジェクターのカスタムの色</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="58" />
      <source>four colours like #3DD68C</source>
      <translation>#3DD68C のような 4 つの色</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="59" />
      <source>Projector screen</source>
      <translation>プロジェクターの画面</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="60" />
      <source>a screen name</source>
      <translation>画面の名前</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="61" />
      <source>Warning time</source>
      <translation>予告時間</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="62" />
      <source>a whole number from 0 to 30</source>
      <translation>0〜30 の整数</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="63" />
      <source>Chimes</source>
      <translation>チャイム</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="64" />
      <source>true or false</source>
      <translation>true または false</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="65" />
      <source>Chime volume</source>
      <translation>チャイムの音量</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="66" />
      <source>a whole number from 0 to 100</source>
      <translation>0〜100 の整数</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="67" />
      <source>Paper size</source>
      <translation>用紙サイズ</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="68" />
      <source>A4 or Letter</source>
      <translation>A4 または Letter</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="69" />
      <source>Fallback fonts</source>
      <translation>代替フォント</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="70" />
      <source>a list of font files</source>
      <translation>フォントファイルのリスト</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="71" />
      <source>Kiosk PIN</source>
      <translation>キオスクの PIN</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="72" />
      <source>a PIN saved by Ippo</source>
      <translation>Ippo が保存した PIN</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="73" />
      <source>Backup days</source>
      <translation>バックアップの保存日数</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="74" />
      <source>a whole number from 1 to 365</source>
      <translation>1〜365 の整数</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="165" />
      <source>The settings file %1 could not be read, so all settings have their defaults; when you save, it is kept as settings-unreadable.ini.</source>
      <translation>設定ファイル %1 を読み込めなかったため、すべての設定を既定値にしています。保存すると、元のファイルは settings-unreadable.ini として残します。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="171" />
      <source>The fallback font %1 no longer exists, so it was left out of the list.</source>
      <translation>代替フォント %1 が見つからないため、リストから外しました。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="179" />
      <source>The kiosk PIN in the settings file was not saved by Ippo, so it was ignored: the kiosk asks for a PIN each time it opens.</source>
      <translation>設定ファイルのキオスクの PIN は Ippo が保存したものではないため無視しました。キオスク画面を開くたびに PIN を決めます。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="182" />
      <source>%1: “%2” is not %3, so it was ignored and the default is used.</source>
      <translation>%1：「%2」は %3 ではないため無視し、既定値を使います。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="209" />
      <source>%1 cannot be “%2”: %3.</source>
      <translation>%1 を「%2」にはできません：%3。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="211" />
      <source>Choose %1.</source>
      <translation>%1を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="261" />
      <source>Ippo could not save the settings in %1.</source>
      <translation>%1 に設定を保存できませんでした。</translation>
    </message>
    <message>
      <location filename="../../ui/settings_store.py" line="263" />
      <source>Check that the folder is not read-only and that the disk has free space, then try again. The settings stay as they were until then.</source>
      <translation>フォルダーが読み取り専用になっていないか、ディスクに空きがあるかを確認してから、もう一度お試しください。それまで設定は元のままです。</translation>
    </message>
  </context>
  <context>
    <name>SheetPreview</name>
    <message>
      <location filename="../../ui/sheet_preview.py" line="80" />
      <source>This person is no longer on the list.</source>
      <translation>この人は参加者リストにもういません。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="81" />
      <source>Close the preview and choose the person again.</source>
      <translation>プレビューを閉じて、もう一度その人を選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="162" />
      <source>Save the sheet as PDF</source>
      <translation>シートをPDFで保存</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="211" />
      <source>Sheet preview</source>
      <translation>シートのプレビュー</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="212" />
      <source>Print…</source>
      <translation>印刷…</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="213" />
      <source>Save as PDF…</source>
      <translation>PDFで保存…</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="214" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="260" />
      <source>Preparing the sheet…</source>
      <translation>シートを準備しています…</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="265" />
      <source>Everything on this sheet prints as written.</source>
      <translation>このシートはすべて記入どおりに印刷されます。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="288" />
      <source>The PDF could not be saved: %1</source>
      <translation>PDFを保存できませんでした：%1</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="292" />
      <source>Saved as %1</source>
      <translation>%1に保存しました</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="303" />
      <source>Printing…</source>
      <translation>印刷しています…</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_preview.py" line="313" />
      <source>Sent %1 page(s) to the printer.</source>
      <translation>%1ページをプリンターに送りました。</translation>
    </message>
  </context>
  <context>
    <name>SheetPrinter</name>
    <message>
      <location filename="../../ui/sheet_printer.py" line="215" />
      <source>The sheet could not be prepared for the printer.</source>
      <translation>シートをプリンター用に準備できませんでした。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="218" />
      <source>Close other programs to free memory, then print again.</source>
      <translation>ほかのプログラムを閉じてメモリーを空けてから、もう一度印刷してください。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="254" />
      <source>The sheet's PDF could not be read for printing.</source>
      <translation>印刷のためにシートのPDFを読み込めませんでした。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="257" />
      <source>Close this window and open the preview again.</source>
      <translation>このウィンドウを閉じて、プレビューをもう一度開いてください。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="275" />
      <source>The printer could not be started.</source>
      <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="276" />
      <source>Check that the printer is switched on and connected, or choose another one.</source>
      <translation>プリンターの電源と接続を確認するか、別のプリンターを選んでください。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="288" />
      <source>The printer stopped accepting pages.</source>
      <translation>プリンターがページを受け付けなくなりました。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="291" />
      <source>Check the printer, then print again.</source>
      <translation>プリンターを確認してから、もう一度印刷してください。</translation>
    </message>
  </context>
  <context>
    <name>SheetReport</name>
    <message>
      <location filename="../../ui/sheet_printer.py" line="69" />
      <source>Workshop title</source>
      <extracomment>The sheet's field keys (as :class:`SheetReport` and :class:`MissingChar` name them).</extracomment>
      <translation>研修名</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="70" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="71" />
      <source>Department</source>
      <translation>所属</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="72" />
      <source>Experiences</source>
      <translation>経験の棚卸し</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="73" />
      <source>Strengths (Can)</source>
      <translation>強み（Can）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="74" />
      <source>Values (Will)</source>
      <translation>価値観（Will）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="75" />
      <source>What others expect of me (Must)</source>
      <translation>期待されていること（Must）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="76" />
      <source>What my partner noticed (Relation)</source>
      <translation>対話で気づいたこと（Relation）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="77" />
      <source>Who I am (Identity)</source>
      <translation>私は…（Identity）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="78" />
      <source>The state I aim for</source>
      <translation>目指す状態</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="79" />
      <source>Learning themes</source>
      <translation>学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="80" />
      <source>What I will do</source>
      <translation>やってみること</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="81" />
      <source>Who supports me</source>
      <translation>応援してくれる人</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="83" />
      <source>Some text does not fit on the paper and is shortened (the full text stays in the record).</source>
      <translation>一部のテキストは紙に収まらないため省略されます（記録には全文が残っています）</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="88" />
      <source>Person</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="89" />
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="90" />
      <source>Character</source>
      <translation>文字</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="91" />
      <source>Code point</source>
      <translation>コードポイント</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="93" />
      <source>These characters are in no font Ippo has and print as 〓. For a name, set a print name (Edit participant › Print name); elsewhere, change the text in the worksheet.</source>
      <translation>これらの文字はIppoのフォントにないため〓と印刷されます。氏名の場合は「印刷用の氏名」を設定してください（参加者の編集 › 印刷用の氏名）。それ以外はワークシートの文章を変更してください。</translation>
    </message>
    <message>
      <location filename="../../ui/sheet_printer.py" line="183" />
      <source>… and %1 more sheets</source>
      <translation>…ほか%1枚</translation>
    </message>
  </context>
  <context>
    <name>StageForm</name>
    <message>
      <location filename="../../ui/stage_form.py" line="102" />
      <source>Stage details</source>
      <translation>ステージの詳細</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="103" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="103" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="103" />
      <source>Instructions</source>
      <translation>説明</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="104" />
      <source>Prompts (one per line)</source>
      <translation>問いかけ（1行に1つ）</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="104" />
      <source>Warning (minutes before the end)</source>
      <translation>予告（終了の何分前）</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="105" />
      <source>At zero</source>
      <translation>時間切れのとき</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="114" />
      <source>Hold at zero</source>
      <translation>0:00 で止める</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="115" />
      <source>Move on to the next stage</source>
      <translation>次のステージへ進む</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="116" />
      <location filename="../../ui/stage_form.py" line="117" />
      <source>Play chimes</source>
      <translation>チャイムを鳴らす</translation>
    </message>
  </context>
  <context>
    <name>VenueCheck</name>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="22" />
      <source>Saving answers</source>
      <extracomment>Check id → title (the core's, plus the two checks this dialog adds).</extracomment>
      <translation>回答の保存</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="23" />
      <source>Free disk space</source>
      <translation>ディスクの空き容量</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="24" />
      <source>Japanese fonts</source>
      <translation>日本語フォント</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="25" />
      <source>Chime sounds</source>
      <translation>チャイムの音源</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="26" />
      <source>Backups</source>
      <translation>バックアップ</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="27" />
      <source>Where the store is kept</source>
      <translation>データの保存場所</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="28" />
      <source>Screens</source>
      <translation>画面</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="29" />
      <source>Sound</source>
      <translation>音</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="30" />
      <source>Venue check</source>
      <translation>会場チェック</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="36" />
      <source>Ippo can save answers in %1.</source>
      <extracomment>Outcome key → (detail, advice): the same English as ``app.venue_check_items.OUTCOMES`` (a test keeps them equal), plus the outcomes of the screen and sound checks.</extracomment>
      <translation>%1 に回答を保存できます。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="38" />
      <source>The data folder %1 does not exist yet; Ippo will create it.</source>
      <translation>データフォルダー %1 はまだありません。Ippo が作成します。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="44" />
      <source>The folder %1 is read-only: Ippo cannot save answers there.</source>
      <translation>フォルダー %1 は読み取り専用のため、回答を保存できません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="47" />
      <location filename="../../ui/venue_check_texts.py" line="64" />
      <source>Choose a folder you can write to with --data-dir, or fix the folder's permissions.</source>
      <translation>--data-dir で書き込めるフォルダーを指定するか、フォルダーのアクセス権を直してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="53" />
      <source>The store %1 is read-only: Ippo cannot save answers in it.</source>
      <translation>データファイル %1 は読み取り専用のため、回答を保存できません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="56" />
      <source>Fix the file's permissions, or copy the data folder to a folder you can write to and start Ippo with --data-dir.</source>
      <translation>ファイルのアクセス権を直すか、データフォルダーを書き込めるフォルダーにコピーし、--data-dir を付けて Ippo を起動してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="63" />
      <source>Ippo could not write a test file in %1: %2.</source>
      <translation>%1 にテスト用ファイルを書き込めませんでした：%2。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="70" />
      <source>Another program is holding the store %1, so answers cannot be saved right now.</source>
      <translation>別のプログラムがデータファイル %1 を使用中のため、今は回答を保存できません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="74" />
      <source>Close the other Ippo window or the program that opened the file, then check again.</source>
      <translation>もう一つの Ippo のウィンドウ、またはそのファイルを開いているプログラムを閉じてから、もう一度チェックしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="80" />
      <source>The store %1 refused a test write: %2.</source>
      <translation>データファイル %1 へのテスト書き込みが拒否されました：%2。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="81" />
      <source>Restart Ippo. If this stays, restore the newest backup (ippo restore FILE).</source>
      <translation>Ippo を再起動してください。直らない場合は、最新のバックアップを復元してください（ippo restore ファイル）。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="86" />
      <source>%1 free on the drive of %2.</source>
      <translation>%2 のドライブの空き容量は %1 です。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="88" />
      <source>Only %1 free on the drive of %2.</source>
      <translation>%2 のドライブの空き容量が %1 しかありません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="89" />
      <location filename="../../ui/venue_check_texts.py" line="100" />
      <source>Free at least 200 MB before the workshop: empty the recycle bin or delete large downloads.</source>
      <translation>ワークショップの前に 200 MB 以上空けてください（ごみ箱を空にする、大きなダウンロードファイルを削除するなど）。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="96" />
      <source>Only %1 free on the drive of %2: answers and backups may not be saved.</source>
      <translation>%2 のドライブの空き容量が %1 しかなく、回答やバックアップを保存できない恐れがあります。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="107" />
      <source>IPAex Gothic and IPAex Mincho are installed, with their licence.</source>
      <translation>IPAexゴシックと IPAex明朝が、ライセンス文書とともにインストールされています。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="113" />
      <source>Missing from %1: %2.</source>
      <translation>%1 に次のファイルがありません：%2。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="114" />
      <source>Reinstall Ippo. Without these fonts Japanese text and the printed sheets cannot be shown correctly.</source>
      <translation>Ippo を再インストールしてください。これらのフォントがないと、日本語や印刷するシートが正しく表示されません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="121" />
      <source>The three chimes (1, 2 and 3 strokes) are installed.</source>
      <translation>3 種類のチャイム（1 打・2 打・3 打）がインストールされています。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="125" />
      <source>Missing or unreadable in %1: %2.</source>
      <translation>%1 に次のファイルがないか、読み込めません：%2。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="126" />
      <source>Reinstall Ippo. Until then the projector flashes instead of chiming.</source>
      <translation>Ippo を再インストールしてください。それまではチャイムの代わりにプロジェクター画面が点滅します。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="131" />
      <source>The newest backup was taken at %1, less than a day ago.</source>
      <translation>最新のバックアップは %1（24 時間以内）です。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="135" />
      <source>The newest backup was taken at %1, and nothing has changed since.</source>
      <translation>最新のバックアップは %1 で、その後の変更はありません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="141" />
      <source>The newest backup was taken at %1, %2 days ago.</source>
      <translation>最新のバックアップは %1（%2 日前）です。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="142" />
      <location filename="../../ui/venue_check_texts.py" line="146" />
      <source>Take a backup now: File ▸ Back up now, or `ippo backup`.</source>
      <translation>今すぐバックアップしてください：［ファイル］▸［今すぐバックアップ］、または `ippo backup`。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="145" />
      <source>There is no backup yet in %1.</source>
      <translation>%1 にはまだバックアップがありません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="149" />
      <source>There is no store yet, so nothing to back up.</source>
      <translation>データファイルがまだないため、バックアップするものはありません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="153" />
      <source>The store folder %1 is on this computer's own drive.</source>
      <translation>データフォルダー %1 はこのパソコンのドライブにあります。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="157" />
      <source>The store folder %1 is on a network drive (%2). WAL does not work on network file systems: answers can be lost.</source>
      <translation>データフォルダー %1 はネットワークドライブ（%2）上にあります。ネットワーク上のファイルシステムでは WAL が正しく動作せず、回答が失われる恐れがあります。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="162" />
      <source>Keep the store on this computer's own drive: start Ippo without --data-dir, or choose a local folder.</source>
      <translation>データはこのパソコンのドライブに置いてください。--data-dir を付けずに Ippo を起動するか、ローカルのフォルダーを指定してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="169" />
      <source>The store folder %1 is on a removable drive. USB sticks lose writes when pulled out while Ippo is open.</source>
      <translation>データフォルダー %1 はリムーバブルドライブ上にあります。Ippo を開いたまま USB メモリーを抜くと、書き込み途中のデータが失われます。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="174" />
      <source>Copy the data folder to this computer's drive for the workshop, or never pull the stick out before Ippo is closed.</source>
      <translation>ワークショップの間はデータフォルダーをこのパソコンのドライブにコピーして使うか、Ippo を終了するまで USB メモリーを抜かないでください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="181" />
      <source>The store folder %1 is in a cloud-synced folder (%2). Syncing can copy the store half-written.</source>
      <translation>データフォルダー %1 はクラウド同期フォルダー（%2）の中にあります。同期によって書き込み途中のデータがコピーされる恐れがあります。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="186" />
      <source>Keep the store outside synced folders: start Ippo without --data-dir, or choose a local folder that is not synced.</source>
      <translation>データは同期フォルダーの外に置いてください。--data-dir を付けずに Ippo を起動するか、同期されないローカルフォルダーを指定してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="193" />
      <source>This check could not run: %1.</source>
      <translation>このチェックを実行できませんでした：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="194" />
      <source>Restart Ippo and check again. If this stays, tell whoever supports Ippo.</source>
      <translation>Ippo を再起動して、もう一度チェックしてください。直らない場合は、Ippo のサポート担当者に連絡してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="201" />
      <source>Projector: %1 %2. This screen: %3 %4.</source>
      <translation>プロジェクター：%1 %2。この画面：%3 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="205" />
      <source>Only one screen: %1 %2.</source>
      <translation>画面が 1 つしかありません：%1 %2。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="206" />
      <source>Connect the projector, or use F5 to show the projector on this screen. If the projector shows the same picture as this screen, switch the display to Extend (Windows: Win+P).</source>
      <translation>プロジェクターを接続するか、F5 キーでこの画面にプロジェクター表示を出してください。プロジェクターにこの画面と同じ映像が映っている場合は、表示を「拡張」に切り替えてください（Windows：Win＋P）。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="214" />
      <source>No screen was found.</source>
      <translation>画面が見つかりません。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="215" />
      <source>Connect the projector, then check again.</source>
      <translation>プロジェクターを接続してから、もう一度チェックしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="217" />
      <source>The chimes play on %1.</source>
      <translation>チャイムは %1 で鳴ります。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="219" />
      <source>No sound: %1</source>
      <translation>音が出せません：%1</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="220" />
      <source>The projector flashes instead of chiming. To hear the chimes, connect speakers or the projector's audio, turn the volume up, then check again.</source>
      <translation>チャイムの代わりにプロジェクター画面が点滅します。音を出すには、スピーカーかプロジェクターの音声を接続して音量を上げ、もう一度チェックしてください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="227" />
      <source>The chimes are muted: no sound and no flash.</source>
      <translation>チャイムはミュート中です（音も点滅も出ません）。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="228" />
      <source>Unmute the chimes if the room should hear them.</source>
      <translation>会場に聞かせる場合は、チャイムのミュートを解除してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="233" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="234" />
      <source>Warning</source>
      <translation>注意</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_texts.py" line="235" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
  </context>
  <context>
    <name>VenueCheckDialog</name>
    <message>
      <location filename="../../ui/venue_check_rows.py" line="183" />
      <source>What to do: %1</source>
      <translation>対処：%1</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="172" />
      <source>Not ready: fix the problems below before the workshop.</source>
      <translation>準備未完了：ワークショップの前に、下の問題を解決してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="174" />
      <source>Ready, with warnings: read what to do below.</source>
      <translation>準備完了（注意あり）：下の対処を確認してください。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="176" />
      <source>Everything is ready.</source>
      <translation>すべて準備完了です。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="180" />
      <source>Venue check</source>
      <translation>会場チェック</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="181" />
      <source>Test the chime</source>
      <translation>チャイムを試す</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="182" />
      <source>Check again</source>
      <translation>もう一度チェック</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="183" />
      <source>Check results</source>
      <translation>チェック結果</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="198" />
      <source>The chimes are muted.</source>
      <translation>チャイムはミュート中です。</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="203" />
      <source>One stroke is playing on %1. Can the back of the room hear it?</source>
      <translation>%1 でチャイムを 1 回鳴らしています。会場の後ろまで聞こえますか？</translation>
    </message>
    <message>
      <location filename="../../ui/venue_check_dialog.py" line="208" />
      <source>No sound: %1 The projector flashes instead.</source>
      <translation>音が出せません：%1 代わりにプロジェクター画面が点滅します。</translation>
    </message>
  </context>
  <context>
    <name>Worksheet</name>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="36" />
      <source>Not decided yet</source>
      <translation>未定</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="37" />
      <source>In six months</source>
      <translation>半年後</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="38" />
      <source>In one year</source>
      <translation>1年後</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="39" />
      <source>In three years</source>
      <translation>3年後</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="42" />
      <source>1  Take stock of experiences</source>
      <translation>1  経験の棚卸し</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="43" />
      <source>2  Strengths and values</source>
      <translation>2  強み・価値観の言語化</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="44" />
      <source>3  Target state and learning themes</source>
      <translation>3  目指す状態と学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="45" />
      <source>4  The next step</source>
      <translation>4  次の一歩の宣言</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="53" />
      <source>Strengths (Can)</source>
      <extracomment>Field labels and hints, by worksheet field.</extracomment>
      <translation>強み（Can）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="54" />
      <source>Values (Will)</source>
      <translation>価値観（Will）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="55" />
      <source>What others expect of me (Must)</source>
      <translation>周りから期待されていること（Must）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="56" />
      <source>What my dialogue partner noticed (Relation)</source>
      <translation>対話の相手が気づいたこと（Relation）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="59" />
      <source>Who I am (Identity)</source>
      <translation>自分は何者か（Identity）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="60" />
      <source>The state I aim for</source>
      <translation>目指す状態</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="61" />
      <location filename="../../ui/worksheet_sections.py" line="66" />
      <source>By when</source>
      <translation>いつまでに</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="62" />
      <source>Learning themes (up to three)</source>
      <translation>学びテーマ（3つまで）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="63" />
      <source>Learning theme</source>
      <translation>学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="64" />
      <source>Tentative for now</source>
      <translation>今は仮決め（あとで見直してよい）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="65" />
      <source>What I will do</source>
      <translation>やること</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="67" />
      <source>Who supports me</source>
      <translation>支えてくれる人</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="68" />
      <source>First check-in (1on1)</source>
      <translation>最初の振り返り（1on1）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="69" />
      <source>No date</source>
      <translation>日付なし</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="70" />
      <source>Your strengths (Can)</source>
      <translation>あなたの強み（Can）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="71" />
      <source>Your values (Will)</source>
      <translation>あなたの価値観（Will）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="72" />
      <source>Your learning themes</source>
      <translation>あなたの学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="73" />
      <source>The state you aim for</source>
      <translation>目指す状態</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="76" />
      <source>One per line, for example: listening</source>
      <translation>1行に1つ（例: 傾聴）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="77" />
      <source>One per line, for example: fairness</source>
      <translation>1行に1つ（例: 公正さ）</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="78" />
      <source>I am someone who …</source>
      <translation>私は、…な人です</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="79" />
      <source>A small step you can start this week</source>
      <translation>今週から始められる小さな一歩</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="82" />
      <source>Look back on your work. Which experiences raised your energy, which drained it, and why? Rate each from −2 to +2.</source>
      <translation>これまでの仕事を振り返りましょう。エネルギーが上がった経験、下がった経験は何で、それはなぜでしょう？ −2〜+2 で表してください。</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="87" />
      <source>Put into words what you are good at (Can) and what matters to you (Will), one short phrase per line. Then add what others expect of you and what your dialogue partner noticed.</source>
      <translation>得意なこと（Can）と大切にしたいこと（Will）を、1行に1つ短い言葉で書きましょう。続けて、周りから期待されていることと、対話の相手が気づいたことを書きます。</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="93" />
      <source>Where do you want to be, and what will you learn to get there? Deciding tentatively is fine.</source>
      <translation>どんな状態を目指し、そのために何を学びますか？ 今は仮決めで構いません。</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="98" />
      <source>Declare one small experiment: what you will do, by when, and who will support you. Your first 1on1 is where you look back on it.</source>
      <translation>小さな実験を1つ宣言しましょう。何を、いつまでに、誰に支えてもらってやるか。最初の1on1で振り返ります。</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="158" />
      <source>Only the first %1 lines are printed</source>
      <translation>印刷されるのは最初の %1 行までです</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="161" />
      <source>A line is longer than %1 characters</source>
      <translation>%1 文字を超える行があります</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="164" />
      <source>Items: %1</source>
      <translation>%1 件</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_sections.py" line="170" />
      <source>shortened when printed</source>
      <translation>印刷では省略されます</translation>
    </message>
  </context>
  <context>
    <name>WorksheetEditor</name>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="53" />
      <source>Find by name or reading</source>
      <translation>名前・よみで検索</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="54" />
      <source>Find a participant</source>
      <translation>参加者を検索</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="55" />
      <source>Participants</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="56" />
      <source>Ctrl+PageDown / Ctrl+PageUp: next / previous participant</source>
      <translation>Ctrl+PageDown / Ctrl+PageUp: 次の参加者 / 前の参加者</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="59" />
      <source>Next participant</source>
      <translation>次の参加者</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="60" />
      <source>Previous participant</source>
      <translation>前の参加者</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="381" />
      <source>No participants yet</source>
      <translation>参加者がまだいません</translation>
    </message>
    <message>
      <location filename="../../ui/worksheet_editor.py" line="384" />
      <source>Add the workshop's participants first.</source>
      <translation>先にワークショップの参加者を登録してください。</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDetails</name>
    <message>
      <location filename="../../ui/workshop_details.py" line="94" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="95" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="96" />
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="97" />
      <source>Facilitator</source>
      <translation>ファシリテーター</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="98" />
      <source>Language of the room</source>
      <translation>会場の言語</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="99" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="100" />
      <source>Personal data</source>
      <translation>個人データ</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="104" />
      <source>No date yet</source>
      <translation>日付未定</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="105" />
      <source>Offer to anonymise it after</source>
      <translation>次の日を過ぎたら匿名化を提案する</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="108" />
      <source>After this date Ippo offers to replace names by P01, P02, … and to erase the experience texts, keeping only what the anonymised summary needs.</source>
      <translation>この日を過ぎると、氏名を P01、P02… に置き換え、経験の記述を消去するよう Ippo が提案します。匿名化したサマリーに必要な内容だけが残ります。</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="113" />
      <source>The personal data of this workshop was anonymised: names are P01, P02, …</source>
      <translation>このワークショップの個人データは匿名化済みです（氏名は P01、P02…）。</translation>
    </message>
  </context>
  <context>
    <name>WorkshopList</name>
    <message>
      <location filename="../../ui/workshop_list.py" line="47" />
      <source>no date</source>
      <translation>日付未定</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_list.py" line="50" />
      <source>%1 · %2 min · %3 people</source>
      <translation>%1 · %2 分 · %3 名</translation>
    </message>
  </context>
</TS>